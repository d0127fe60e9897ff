package org.salesaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one clear message and an exit code: bad data names file, sheet and cell
 * (exit 3); I/O failures name the file (exit 1); only bugs print a stack trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    /** Problems listed on the terminal before "and N more". */
    static final int MAX_LISTED = 20;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (e instanceof InvalidInputException invalid) {
            err.println("salesaudit: the input data cannot be used:");
            printProblems(err, invalid.problems());
            return ExitCodes.INVALID_DATA;
        }
        if (e instanceof IOException io) {
            err.println("salesaudit: " + describe(io));
            return ExitCodes.IO_OR_INTERNAL;
        }
        err.println("salesaudit: internal error (please report it with the command you ran): " + e);
        e.printStackTrace(err);
        return ExitCodes.IO_OR_INTERNAL;
    }

    static void printProblems(PrintWriter out, List<Problem> problems) {
        problems.stream().limit(MAX_LISTED).forEach(p -> out.println("  " + label(p) + " " + p.message()));
        if (problems.size() > MAX_LISTED) {
            out.println("  ... and " + (problems.size() - MAX_LISTED) + " more");
        }
    }

    static String label(Problem p) {
        return switch (p.severity()) {
            case ERROR -> "error:  ";
            case WARNING -> "warning:";
        };
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return "cannot read " + f.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException f) {
            return "cannot access " + f.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
