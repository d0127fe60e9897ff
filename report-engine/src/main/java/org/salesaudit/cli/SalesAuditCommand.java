package org.salesaudit.cli;

import org.salesaudit.engine.Version;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "salesaudit",
        mixinStandardHelpOptions = true,
        versionProvider = SalesAuditCommand.VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Turns a sales team's spreadsheets into audit reports (PDF, XLSX, HTML) and results.json.",
        subcommands = {AuditCommand.class, ValidateCommand.class, CommissionsCommand.class, HelpCommand.class},
        footerHeading = "%nExamples:%n",
        exitCodeListHeading = Help.EXIT_CODES_HEADING,
        exitCodeList = {
            "0:ok",
            "1:an input could not be read, an output could not be written, or an internal error",
            "2:bad options or arguments",
            "3:the input data is unusable (with --strict: it has any data problem)"},
        footer = {
            "  salesaudit audit examples/acme-sales.xlsx -o out",
            "  salesaudit audit crm-export.xlsx quotas.xlsx -o out --format pdf --lang pl --as-of 2026-10-31",
            "  salesaudit validate crm-export.xlsx --strict",
            "",
            "Every report directory also holds results.json with every figure; see docs/results-json.md."})
final class SalesAuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is needed: audit, validate or commissions");
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.generator()};
        }
    }
}
