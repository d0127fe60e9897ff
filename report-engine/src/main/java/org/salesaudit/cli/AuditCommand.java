package org.salesaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.salesaudit.engine.OutputFormat;
import org.salesaudit.engine.ReportEngine;
import org.salesaudit.engine.ReportRequest;
import org.salesaudit.engine.ReportResult;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.report.ReportModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code salesaudit audit}: workbooks in, reports and results.json out. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = "Audits the sales data in the workbooks and writes the report (PDF, XLSX, HTML) "
                + "and results.json into the output directory, all at once or not at all.",
        exitCodeListHeading = Help.EXIT_CODES_HEADING,
        exitCodeList = {
            "0:ok",
            "1:an input could not be read, an output could not be written, or an internal error",
            "2:bad options or arguments",
            "3:the input data is unusable (with --strict: it has any data problem)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  salesaudit audit examples/acme-sales.xlsx -o out",
            "  salesaudit audit export.xlsx -o out --format pdf,html --lang ko --as-of 2026-10-31"})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The output directory; created if needed. Files of the same name are replaced, others kept.")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Report formats, comma-separated: pdf, xlsx, html (default: pdf,xlsx).")
    List<OutputFormat> formats = List.of(OutputFormat.PDF, OutputFormat.XLSX);

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Report language: en, ko, ar, pl or ru (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "A settings file (stage probabilities, thresholds; see docs/settings.md).")
    Path settings;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "The date the report describes (YYYY-MM-DD); default: the latest date in the data.")
    LocalDate asOf;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "Reporting currency (ISO 4217, e.g. EUR); default: the most frequent deal currency.")
    String currency;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of report templates (report.ftlh, report.css, included files) replacing the"
                    + " bundled ones of the same name in the PDF and HTML reports; see docs/templates.md.")
    Path templates;

    @Option(names = "--strict",
            description = "Refuse the input (exit 3, no report) when it has any data problem, even a repaired one.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        ReportRequest request = ReportRequest.builder(input.workbooks, output)
                .formats(EnumSet.copyOf(formats.isEmpty() ? List.of(OutputFormat.PDF) : formats))
                .locale(Languages.locale(spec.commandLine(), language))
                .mapping(input.mapping)
                .settings(settings)
                .asOf(asOf)
                .currency(currency == null ? null : currency(currency))
                .policy(strict ? ProblemPolicy.STRICT : ProblemPolicy.COLLECT)
                .templates(templateFolder())
                .build();
        ReportResult result = new ReportEngine().generate(request);
        summarize(result, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private Path templateFolder() {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new ParameterException(spec.commandLine(), "--templates: not a directory: " + templates);
        }
        return templates;
    }

    private Currency currency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--currency: not an ISO 4217 currency code: " + code);
        }
    }

    private static void summarize(ReportResult result, PrintWriter out) {
        ReportModel model = result.model();
        out.println("Wrote " + String.join(", ", result.files().stream().map(p -> p.getFileName().toString()).toList())
                + " to " + result.outputDirectory());
        out.println("Data as of " + model.asOf() + "; " + model.producedSections().size() + " sections, "
                + model.skippedSections().size() + " skipped.");
        if (!model.problems().isEmpty()) {
            long errors = model.problems().stream().filter(p -> p.severity() == org.salesaudit.problem.Severity.ERROR).count();
            out.println("Data quality: " + errors + " errors (rows left out), " + (model.problems().size() - errors)
                    + " warnings; listed in the report's data-quality appendix and results.json.");
        }
    }
}
