package org.salesaudit.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.salesaudit.audit.Audit;
import org.salesaudit.audit.AuditSettings;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.audit.Audits;
import org.salesaudit.commission.CommissionSettings;
import org.salesaudit.ingest.ColumnMapping;
import org.salesaudit.ingest.Ingested;
import org.salesaudit.ingest.MappingSuggestion;
import org.salesaudit.ingest.SalesDataReader;
import org.salesaudit.model.SalesData;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.render.AtomicDirectoryOutput;
import org.salesaudit.render.Renderer;
import org.salesaudit.render.ReportOutput;
import org.salesaudit.render.html.HtmlRenderer;
import org.salesaudit.render.json.ResultsJson;
import org.salesaudit.render.pdf.PdfRenderer;
import org.salesaudit.render.template.ReportDocument;
import org.salesaudit.render.xlsx.XlsxRenderer;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.ReportSettings;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.settings.SettingsFile;

/**
 * The one entry point of salesaudit: the command line and the Maven plugin turn their options into a
 * {@link ReportRequest} and call this. It reads the workbooks, runs the audits, renders every
 * requested format and results.json into a staging directory, and moves them into place only when
 * all of them are written. Thread-safe; create one and reuse it.
 */
public final class ReportEngine {

    /** Audit sections run on at most this many threads. */
    private static final int SECTION_THREADS = 2;

    private final Map<OutputFormat, Renderer> renderers = new EnumMap<>(OutputFormat.class);

    public ReportEngine() {
        this(List.of(new PdfRenderer(), new XlsxRenderer(), new HtmlRenderer()));
    }

    /** @param renderers one renderer per format (tests substitute their own) */
    public ReportEngine(List<Renderer> renderers) {
        renderers.forEach(r -> this.renderers.put(r.format(), r));
    }

    /**
     * Produces the reports of {@code request}.
     *
     * @throws InvalidInputException the data cannot be used (or, under {@link ProblemPolicy#STRICT},
     *                               has any problem); nothing was written
     * @throws IOException           an input cannot be read or the output cannot be written; nothing was
     *                               written
     */
    public ReportResult generate(ReportRequest request) throws InvalidInputException, IOException {
        Map<OutputFormat, Renderer> chosen = renderersFor(request);
        ReportModel model = buildModel(request);
        try (AtomicDirectoryOutput out = AtomicDirectoryOutput.create(request.outputDirectory())) {
            List<String> reports = new ArrayList<>();
            for (OutputFormat format : request.orderedFormats()) {
                Renderer renderer = chosen.get(format);
                if (renderer == null) {
                    throw new IllegalStateException("no renderer for " + format);
                }
                RecordingOutput recording = new RecordingOutput(out);
                renderer.render(model, request.locale(), recording);
                reports.addAll(recording.names);
            }
            new ResultsJson().write(model, request.locale(), reports, out);
            out.commit();
            List<Path> files = out.fileNames().stream().map(out.target()::resolve).toList();
            return new ReportResult(out.target(), files, model);
        }
    }

    /** The renderers of a request: PDF and HTML from the user's template folder when it names one. */
    private Map<OutputFormat, Renderer> renderersFor(ReportRequest request) throws IOException {
        if (request.templates().isEmpty()) {
            return renderers;
        }
        ReportDocument document = ReportDocument.fromFolder(request.templates().get());
        Map<OutputFormat, Renderer> chosen = new EnumMap<>(renderers);
        chosen.put(OutputFormat.PDF, new PdfRenderer(document));
        chosen.put(OutputFormat.HTML, new HtmlRenderer(document));
        return chosen;
    }

    /**
     * Reads the workbooks and reports their problems without producing a report.
     *
     * @throws InvalidInputException the data cannot be used, or under STRICT has any problem
     */
    public ValidationResult validate(List<Path> workbooks, Optional<Path> mapping, ProblemPolicy policy)
            throws InvalidInputException, IOException {
        return validate(workbooks, mapping, Optional.empty(), policy);
    }

    /**
     * Reads the workbooks and reports their problems without producing a report, checking stage names
     * against the stage table of the settings file ({@code audit.stages}) when one is given.
     *
     * @throws InvalidInputException the data or the settings cannot be used, or under STRICT has any problem
     */
    public ValidationResult validate(List<Path> workbooks, Optional<Path> mapping, Optional<Path> settings,
            ProblemPolicy policy) throws InvalidInputException, IOException {
        ProblemLog problems = new ProblemLog(policy);
        StageProbabilities stages = settings.isPresent() ? AuditSettings.stages(SettingsFile.read(settings.get()))
                : StageProbabilities.defaults();
        Ingested ingested = ingest(workbooks, mapping, Optional.empty(), Optional.empty(), stages, problems);
        requireSomeData(ingested, workbooks, problems);
        return new ValidationResult(ingested.inputs(), problems.problems());
    }

    /**
     * Writes a starting mapping file for the workbooks' sheets and headers (what matched, what did not),
     * to {@code target}, atomically. Reads only the first rows of each sheet.
     *
     * @throws InvalidInputException a workbook cannot be read, or a mapping file given is invalid
     * @throws IOException           the target cannot be written, or is one of the inputs
     */
    public void suggestMapping(List<Path> workbooks, Optional<Path> mapping, Path target)
            throws InvalidInputException, IOException {
        for (Path workbook : workbooks) {
            if (!Files.isRegularFile(workbook)) {
                throw new NoSuchFileException(workbook.toString(), null, "no such file");
            }
            if (Files.exists(target) && Files.isSameFile(workbook, target)) {
                throw new IOException(target + ": is an input; the mapping must go to another file");
            }
        }
        ColumnMapping known = mapping.isPresent() ? ColumnMapping.read(mapping.get()) : ColumnMapping.none();
        String text = new MappingSuggestion(known).suggest(workbooks);
        Path absolute = target.toAbsolutePath();
        Path staging = Files.createTempFile(absolute.getParent(), ".salesaudit-mapping", ".tmp");
        try {
            Files.writeString(staging, text, java.nio.charset.StandardCharsets.UTF_8);
            Files.move(staging, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    /** Reads and audits, without rendering: the model every format is made from. */
    public ReportModel buildModel(ReportRequest request) throws InvalidInputException, IOException {
        ProblemLog problems = new ProblemLog(request.policy());
        SettingsFile settingsFile = request.settings().isPresent() ? SettingsFile.read(request.settings().get())
                : SettingsFile.defaults();
        Ingested ingested = ingest(request.workbooks(), request.mapping(), request.currency(), request.asOf(),
                AuditSettings.stages(settingsFile), problems);
        requireSomeData(ingested, request.workbooks(), problems);
        LocalDate asOf = request.asOf().or(() -> ingested.data().latestDate())
                .orElseThrow(() -> problems.fatal(Problem.error("input.no_dates",
                        CellLocation.ofFile(fileNames(request.workbooks())),
                        "deals with dates (or an as-of date given with --as-of)", "no dates",
                        "no report")));
        AuditSettings settings = AuditSettings.from(settingsFile, asOf, ingested.currency());
        List<Audit> audits = Audits.all(settingsFile);
        ReportSettings presentation = ReportSettings.from(settingsFile);
        // the commissions command's keys may share the file: checked here too, so a bad value is found early
        CommissionSettings.from(settingsFile);
        settingsFile.checkAllKeysKnown();
        List<SectionOutcome> sections = runAudits(audits, ingested.data(), settings);
        if (sections.stream().noneMatch(Section.class::isInstance)) {
            throw problems.fatal(Problem.error("input.nothing_to_report",
                    CellLocation.ofFile(fileNames(request.workbooks())),
                    "data for at least one section (a Deals sheet with deals)", "no usable deals", "no report"));
        }
        return new ReportModel(Version.generator(), asOf, ingested.currency(), ingested.inputs(), sections,
                problems.problems(), presentation);
    }

    /**
     * Runs the audits, on as many threads as there are cores (at most {@value #SECTION_THREADS}): each audit
     * reads the same immutable data and nothing else, so the sections are the same whichever thread runs
     * them, and they are returned in the audits' order, whatever order they finish in. Audits that
     * {@linkplain Audit#runsLong() run long} are started first.
     */
    static List<SectionOutcome> runAudits(List<Audit> audits, SalesData data, AuditSettings settings) {
        int threads = Math.min(SECTION_THREADS, Runtime.getRuntime().availableProcessors());
        if (threads < 2 || audits.size() < 2) {
            return audits.stream().map(audit -> audit.run(data, settings)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "salesaudit-section");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // long audits are started first, the others fill the remaining threads; results keep the audits' order
            List<Audit> longFirst = new ArrayList<>(audits.stream().filter(Audit::runsLong).toList());
            audits.stream().filter(audit -> !audit.runsLong()).forEach(longFirst::add);
            Map<Audit, Future<SectionOutcome>> running = new IdentityHashMap<>();
            for (Audit audit : longFirst) {
                running.put(audit, pool.submit(() -> audit.run(data, settings)));
            }
            List<SectionOutcome> sections = new ArrayList<>(audits.size());
            for (Audit audit : audits) {
                sections.add(result(running.get(audit)));
            }
            return sections;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SectionOutcome result(Future<SectionOutcome> section) {
        try {
            return section.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the audit sections ran", e);
        }
    }

    private static Ingested ingest(List<Path> workbooks, Optional<Path> mappingFile, Optional<Currency> currency,
            Optional<LocalDate> asOf, StageProbabilities stages, ProblemLog problems)
            throws InvalidInputException, IOException {
        for (Path workbook : workbooks) {
            if (!Files.isRegularFile(workbook)) {
                throw new NoSuchFileException(workbook.toString(), null, "no such file");
            }
        }
        ColumnMapping mapping = mappingFile.isPresent() ? ColumnMapping.read(mappingFile.get()) : ColumnMapping.none();
        Ingested ingested = new SalesDataReader(mapping).read(workbooks, currency, asOf, stages, problems);
        problems.enforcePolicy();
        return ingested;
    }

    private static void requireSomeData(Ingested ingested, List<Path> workbooks, ProblemLog problems)
            throws InvalidInputException {
        if (ingested.data().present().isEmpty()) {
            throw problems.fatal(Problem.error("input.no_known_sheet", CellLocation.ofFile(fileNames(workbooks)),
                    "a sheet of deals, reps, quotas, leads, stage history, activities, campaigns or customers, "
                            + "recognised by its name or its headers (see docs/workbook-format.md, or name them in a "
                            + "--mapping file; salesaudit validate --suggest-mapping FILE writes one to start from)",
                    ingested.inputs().stream().flatMap(i -> i.sheets().stream()).map(s -> s.name())
                            .collect(Collectors.joining(", ")),
                    "no report"));
        }
    }

    private static String fileNames(List<Path> workbooks) {
        return workbooks.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    }

    /** Passes files through and remembers their names, to list the reports in results.json. */
    private static final class RecordingOutput implements ReportOutput {
        private final ReportOutput delegate;
        private final List<String> names = new ArrayList<>();

        RecordingOutput(ReportOutput delegate) {
            this.delegate = delegate;
        }

        @Override
        public OutputStream newFile(String name) throws IOException {
            names.add(name);
            return delegate.newFile(name);
        }
    }
}
