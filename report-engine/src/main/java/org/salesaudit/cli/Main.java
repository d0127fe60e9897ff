package org.salesaudit.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** The {@code salesaudit} command: {@code java -jar salesaudit.jar <command> ...}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SalesAuditCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }
}
