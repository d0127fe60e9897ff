package org.salesaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.salesaudit.engine.CommissionEngine;
import org.salesaudit.engine.ReportEngine;
import org.salesaudit.engine.ValidationResult;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.problem.Severity;
import org.salesaudit.report.InputFile;
import org.salesaudit.report.InputSheet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesaudit validate}: the data-quality check alone, no report. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks the workbooks and lists every data problem with its file, sheet and cell. Writes nothing.",
        exitCodeListHeading = Help.EXIT_CODES_HEADING,
        exitCodeList = {
            "0:the data is usable (problems, if any, are listed)",
            "1:an input could not be read, or an internal error",
            "2:bad options or arguments",
            "3:the input data is unusable (with --strict: it has any data problem)"},
        footerHeading = "%nExamples:%n",
        footer = {"  salesaudit validate export.xlsx", "  salesaudit validate export.xlsx quotas.xlsx --strict",
            "  salesaudit validate unknown-crm.csv --suggest-mapping client.properties"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--strict", description = "Exit with 3 when there is any data problem, even a repaired one.")
    boolean strict;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "A settings file: stage names are checked against its stage table (audit.stages; "
                    + "see docs/settings.md).")
    Path settings;

    @Option(names = "--suggest-mapping", paramLabel = "FILE",
            description = "Instead of validating, write a mapping file for the workbooks: the sheets and headers "
                    + "recognised, those that were not, and the fields still without a column.")
    Path suggestMapping;

    @Override
    public Integer call() throws Exception {
        ReportEngine engine = new ReportEngine();
        if (suggestMapping != null) {
            engine.suggestMapping(input.workbooks, Optional.ofNullable(input.mapping), suggestMapping);
            spec.commandLine().getOut().println("Wrote a mapping suggestion to " + suggestMapping
                    + "; check it, then use it with --mapping " + suggestMapping);
            return ExitCodes.OK;
        }
        ValidationResult result = engine.validate(input.workbooks, Optional.ofNullable(input.mapping),
                Optional.ofNullable(settings), strict ? ProblemPolicy.STRICT : ProblemPolicy.COLLECT);
        // Workbooks with plan sheets also get the checks the commissions command runs before computing.
        Optional<List<Problem>> planProblems = new CommissionEngine().checkPlans(input.workbooks,
                Optional.ofNullable(input.mapping));
        if (planProblems.isPresent()) {
            List<Problem> all = new ArrayList<>(result.problems());
            all.addAll(planProblems.get());
            result = new ValidationResult(result.inputs(), all);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (InputFile file : result.inputs()) {
            out.println(file.name());
            for (InputSheet sheet : file.sheets()) {
                out.println(sheet.dataset() == null
                        ? "  sheet " + sheet.name() + ": not recognised, ignored"
                        : "  sheet " + sheet.name() + ": " + sheet.dataset() + ", header in row " + sheet.headerRow()
                                + ", " + sheet.rowsRead() + " rows read, " + sheet.rowsLeftOut() + " left out"
                                + (sheet.unmappedColumns().isEmpty() ? ""
                                        : ", unused columns: " + String.join(", ", sheet.unmappedColumns())));
            }
        }
        ErrorReporter.printProblems(out, result.problems());
        out.println(result.problems().isEmpty() ? "No data problems."
                : result.errors() + " errors (rows left out), " + result.warnings() + " warnings.");
        if (planProblems.isPresent()) {
            long planErrors = planProblems.get().stream().filter(p -> p.severity() == Severity.ERROR).count();
            out.println(planErrors == 0 ? "Plans: no problems; the commissions command can compute statements."
                    : "Plans: " + planErrors + " errors; the commissions command would stop before computing.");
        }
        printCountsByKind(out, result);
        if (strict && planProblems.isPresent() && !planProblems.get().isEmpty()) {
            return ExitCodes.INVALID_DATA;
        }
        return ExitCodes.OK;
    }

    /** Groups the problems by their code, most frequent first: what to fix first in a large export. */
    private static void printCountsByKind(PrintWriter out, ValidationResult result) {
        if (result.problems().size() < 2) {
            return;
        }
        Map<String, Long> counts = result.problems().stream()
                .collect(Collectors.groupingBy(Problem::code, TreeMap::new, Collectors.counting()));
        out.println("By kind:");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
    }
}
