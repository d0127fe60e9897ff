package org.salesaudit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code salesaudit commissions}: commission statements per rep and a payout register. Not available
 * in this version: it says so and exits with 2, writing nothing.
 */
@Command(name = "commissions",
        mixinStandardHelpOptions = true,
        description = "Commission statements per rep and a payout register for a period. "
                + "Not available in this version of salesaudit.",
        exitCodeListHeading = Help.EXIT_CODES_HEADING,
        exitCodeList = {"2:not available in this version"})
final class CommissionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The commission period.")
    String period;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The output directory.")
    Path output;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("salesaudit: commission statements are not available in this version; "
                + "nothing was written.");
        return ExitCodes.USAGE;
    }
}
