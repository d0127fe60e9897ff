package org.salesaudit.maven;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

/**
 * Maps the engine's exceptions to Maven's: unusable data fails the build with every problem's
 * file, sheet and cell ({@link MojoFailureException}); I/O errors name the file
 * ({@link MojoExecutionException}).
 */
final class Failures {

    /** Problems listed in the build log before "and N more". */
    static final int MAX_LISTED = 20;

    private Failures() {
    }

    static MojoFailureException invalidData(InvalidInputException e) {
        StringBuilder message = new StringBuilder("salesaudit: the input data cannot be used:");
        List<Problem> problems = e.problems();
        problems.stream().limit(MAX_LISTED)
                .forEach(p -> message.append(System.lineSeparator()).append("  ").append(p.message()));
        if (problems.size() > MAX_LISTED) {
            message.append(System.lineSeparator()).append("  ... and ").append(problems.size() - MAX_LISTED)
                    .append(" more");
        }
        return new MojoFailureException(message.toString(), e);
    }

    static MojoExecutionException io(IOException e) {
        return new MojoExecutionException("salesaudit: " + describe(e), e);
    }

    static MojoFailureException configuration(String message) {
        return new MojoFailureException("salesaudit: " + message);
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return "cannot read " + f.getFile() + ": " + (f.getReason() == null ? "no such file" : f.getReason());
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
