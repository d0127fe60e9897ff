package org.salesaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.salesaudit.engine.CommissionEngine;
import org.salesaudit.engine.CommissionRequest;
import org.salesaudit.engine.CommissionResult;
import org.salesaudit.problem.ProblemPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code salesaudit commissions}: commission statements per rep, the payout register and a manifest. */
@Command(name = "commissions",
        mixinStandardHelpOptions = true,
        description = "Computes the month's commissions from the deals and the plan sheets (Plans, Tiers, SPIFs, "
                + "Plan Assignments, Credit Splits, Cancellations; see docs/commission-plans.md) and writes one PDF "
                + "and XLSX statement per rep, payout-register.xlsx and manifest.json, all at once or not at all.",
        exitCodeListHeading = Help.EXIT_CODES_HEADING,
        exitCodeList = {
            "0:ok",
            "1:an input could not be read, an output could not be written, or an internal error",
            "2:bad options or arguments",
            "3:the data or the plans are unusable (with --strict: they have any problem)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  salesaudit commissions examples/finance/finance-2026.xlsx --period 2026-10 -o statements",
            "  salesaudit commissions crm.xlsx plans.xlsx --period 2026-11 -o nov --previous oct/payout-register.xlsx"})
final class CommissionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month of the statements.")
    String period;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The output directory; created if needed. Files of the same name are replaced, others kept.")
    Path output;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "The payout register of a previous run: every changed line is listed with its reason, and "
                    + "changes to an earlier month become adjustments on this month's statements.")
    Path previous;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the register, and of the statements of reps without a Language in the Reps "
                    + "sheet: en, ko, ar, pl or ru (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "Currency (ISO 4217); default: the most frequent deal currency.")
    String currency;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "A settings file; its commissions.* keys apply, e.g. commissions.rounding=HALF_EVEN "
                    + "(see docs/settings.md).")
    Path settings;

    @Option(names = "--strict", description = "Refuse the input (exit 3) when it has any data problem, even a warning.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        CommissionRequest request = new CommissionRequest(input.workbooks, output, month(),
                Languages.locale(spec.commandLine(), language), Optional.ofNullable(input.mapping),
                Optional.ofNullable(previous), Optional.ofNullable(currency == null ? null : currency(currency)),
                strict ? ProblemPolicy.STRICT : ProblemPolicy.COLLECT, Optional.ofNullable(settings));
        PrintWriter err = spec.commandLine().getErr();
        CommissionResult result = new CommissionEngine().generate(request, new ProgressReport(err, System.console() != null));
        summarize(result, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private YearMonth month() {
        try {
            return YearMonth.parse(period.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--period: expected a month as YYYY-MM, found '" + period + "'");
        }
    }

    private Currency currency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--currency: not an ISO 4217 currency code: " + code);
        }
    }

    private static void summarize(CommissionResult result, PrintWriter out) {
        out.println("Wrote " + result.totals().statements() + " statements (PDF and XLSX), payout-register.xlsx and "
                + "manifest.json to " + result.outputDirectory());
        out.println("Total pay " + result.totals().totalPay().toPlainString() + " "
                + result.currency().getCurrencyCode() + " for " + result.period() + ".");
        if (!result.changes().isEmpty()) {
            out.println(result.changes().size() + " lines changed since the previous run; listed in the register's "
                    + "Changes sheet.");
        }
        if (!result.problems().isEmpty()) {
            out.println("Data warnings:");
            ErrorReporter.printProblems(out, result.problems());
        }
    }
}
