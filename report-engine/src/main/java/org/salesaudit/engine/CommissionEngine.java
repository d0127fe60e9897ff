package org.salesaudit.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.salesaudit.commission.CommissionSettings;
import org.salesaudit.commission.calculation.Adjustment;
import org.salesaudit.commission.calculation.CommissionBatch;
import org.salesaudit.commission.calculation.CommissionCalculator;
import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.calculation.RunTotals;
import org.salesaudit.commission.diff.Change;
import org.salesaudit.commission.diff.PreviousRegister;
import org.salesaudit.commission.diff.RunComparison;
import org.salesaudit.commission.plans.PlanBook;
import org.salesaudit.commission.plans.PlanSheetsReader;
import org.salesaudit.commission.plans.RepLanguages;
import org.salesaudit.commission.register.Manifest;
import org.salesaudit.commission.register.PayoutRegister;
import org.salesaudit.commission.register.PreviousRunCheck;
import org.salesaudit.commission.statements.StatementFileNames;
import org.salesaudit.commission.statements.StatementPdf;
import org.salesaudit.commission.statements.StatementText;
import org.salesaudit.commission.statements.StatementWorkbook;
import org.salesaudit.ingest.ColumnMapping;
import org.salesaudit.ingest.Ingested;
import org.salesaudit.ingest.SalesDataReader;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.problem.Severity;
import org.salesaudit.render.AtomicDirectoryOutput;
import org.salesaudit.settings.SettingsFile;

/**
 * The entry point for commission statements: reads the data and plan workbooks, checks the plans
 * against the data before computing anything, computes the month (and the months before it, for
 * draws, clawbacks and the year to date), compares with a previous run's register when given, and
 * writes one PDF and one XLSX statement per rep, the payout register and manifest.json, all at once
 * or not at all. Statements are rendered on every core, each rep's month computed just before and let
 * go once written, so that memory does not grow with the number of reps beyond the input. Thread-safe.
 */
public final class CommissionEngine {

    /** Statements rendered ahead of writing, per thread: bounds memory for any number of reps. */
    static final int WINDOW_PER_THREAD = 4;

    private final int threads;
    private final Consumer<RepMonth> computed;

    public CommissionEngine() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many statements are rendered at once */
    public CommissionEngine(int threads) {
        this(threads, m -> { });
    }

    /** @param computed told of every rep month {@link #generate} computes, in the thread that computed it */
    CommissionEngine(int threads, Consumer<RepMonth> computed) {
        this.threads = Math.max(1, threads);
        this.computed = computed;
    }

    public CommissionResult generate(CommissionRequest request) throws InvalidInputException, IOException {
        return generate(request, CommissionProgress.NONE);
    }

    /**
     * Writes the month as a stream: each rep's month is computed when its statement is about to be
     * rendered (on every core, a few statements ahead of writing), written, added to the register's
     * credited lines and to the totals, then let go; the register's payout rows, grouped by team, are
     * computed again one at a time. Memory does not grow with the number of reps beyond the input.
     *
     * @throws InvalidInputException the data or the plans cannot be used (every error names its cell);
     *                               nothing was written
     * @throws IOException           an input cannot be read or an output cannot be written; nothing was written
     */
    public CommissionResult generate(CommissionRequest request, CommissionProgress progress)
            throws InvalidInputException, IOException {
        Streamed streamed = stream(request);
        CommissionBatch batch = streamed.batch();
        String generator = Version.generator();
        LocalDate date = request.period().atEndOfMonth();
        List<String> inputNames = request.workbooks().stream().map(p -> p.getFileName().toString()).toList();
        Manifest manifest = new Manifest();
        for (Path input : request.workbooks()) {
            manifest.input(input.getFileName().toString(), Manifest.sha256(input), Files.size(input));
        }
        if (request.previous().isPresent()) {
            Path previous = request.previous().get();
            manifest.previous(previous.getFileName().toString(), Manifest.sha256(previous), Files.size(previous));
        }
        List<String> repIds = batch.repIds();
        Map<String, String> names = StatementFileNames.of(repIds);
        StatementText registerText = new StatementText(request.locale(), batch.currency(), batch.rounding());
        RunTotals totals = RunTotals.zero(Math.max(0, batch.currency().getDefaultFractionDigits()));
        try (AtomicDirectoryOutput out = AtomicDirectoryOutput.create(request.outputDirectory());
                PayoutRegister register = new PayoutRegister(batch.period(), batch.currency(), registerText,
                        request.previous().isPresent())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                int window = threads * WINDOW_PER_THREAD;
                for (int start = 0; start < repIds.size(); start += window) {
                    List<Future<Rendered>> rendering = new ArrayList<>();
                    for (String repId : repIds.subList(start, Math.min(repIds.size(), start + window))) {
                        String name = names.get(repId);
                        Locale locale = language(streamed.languages().get(repId), request.locale());
                        rendering.add(pool.submit(() -> render(statement(batch, repId), name, locale, batch, generator,
                                inputNames, date)));
                    }
                    for (int i = 0; i < rendering.size(); i++) {
                        Rendered r = await(rendering.get(i));
                        rendering.set(i, null);
                        write(out, manifest, r.name() + ".pdf", r.pdf());
                        write(out, manifest, r.name() + ".xlsx", r.xlsx());
                        register.addLines(r.month());
                        totals = totals.plus(r.month());
                        progress.statementWritten(totals.statements(), repIds.size());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            register.payouts(repIds.stream().map(batch::rep).toList(), repId -> statement(batch, repId));
            if (request.previous().isPresent()) {
                register.changes(streamed.changes());
            }
            try (HashingOutputStream os = new HashingOutputStream(out.newFile(PayoutRegister.FILE_NAME))) {
                register.write(os, date, generator);
                manifest.output(PayoutRegister.FILE_NAME, os.sha256(), os.count());
            }
            try (OutputStream os = out.newFile(Manifest.FILE_NAME)) {
                manifest.write(os, generator, batch.period(), batch.currency(), batch.rounding(), totals,
                        streamed.changes().size());
            }
            out.commit();
            List<Path> files = out.fileNames().stream().map(out.target()::resolve).toList();
            return new CommissionResult(out.target(), files, batch.period(), batch.currency(), totals,
                    streamed.changes(), streamed.problems());
        }
    }

    private RepMonth statement(CommissionBatch batch, String repId) {
        RepMonth m = batch.statement(repId);
        computed.accept(m);
        return m;
    }

    /**
     * The plan checks of {@link #generate} for {@code salesaudit validate}, without computing: the plan
     * sheets' own rules (overlapping or missing tiers, splits not adding up to 100 %, plans without a
     * target, …) and, when those hold, the plans against the data for the month of the latest date
     * in the data (a rep without a plan, a day without a plan version).
     *
     * @return the plan problems with their cells; empty when no workbook has a Plans sheet
     * @throws IOException a file cannot be read at all
     */
    public Optional<List<Problem>> checkPlans(List<Path> workbooks, Optional<Path> mappingFile)
            throws InvalidInputException, IOException {
        PlanSheetsReader reader = new PlanSheetsReader();
        if (!reader.hasPlanSheets(workbooks)) {
            return Optional.empty();
        }
        ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);
        PlanBook book = reader.read(workbooks, problems);
        if (problems.count(Severity.ERROR) > 0) {
            return Optional.of(problems.problems());
        }
        // The data's own problems are validate's to report: read here only to tie plans to reps and deals.
        ColumnMapping mapping = mappingFile.isPresent() ? ColumnMapping.read(mappingFile.get()) : ColumnMapping.none();
        Ingested ingested = new SalesDataReader(mapping).read(workbooks, Optional.empty(),
                new ProblemLog(ProblemPolicy.COLLECT));
        Optional<LocalDate> latest = ingested.data().latestDate();
        if (latest.isPresent()) {
            new CommissionCalculator(ingested.data(), book, ingested.currency()).check(YearMonth.from(latest.get()),
                    problems);
        }
        return Optional.of(problems.problems());
    }

    /** What is read and checked before anything is computed. */
    private record Prepared(CommissionCalculator calculator, PreviousRegister previous, ProblemLog problems,
            Map<String, String> languages, int scale) {
    }

    /** What the statements are streamed from. */
    private record Streamed(CommissionBatch batch, List<Change> changes, List<Problem> problems,
            Map<String, String> languages) {
    }

    /** What is computed at once, before anything is written. */
    private record Computed(CommissionRun run, List<Change> changes, List<Problem> problems) {
    }

    /**
     * Reads, checks and computes, without writing: what the statements are made from, every month at
     * once (a batch of any size is held in memory: {@link #generate} streams instead).
     */
    public CommissionRun calculate(CommissionRequest request) throws InvalidInputException, IOException {
        return compute(request).run();
    }

    /** @return the month as {@link #generate} streams it: each rep's month computed when asked */
    CommissionBatch batch(CommissionRequest request) throws InvalidInputException, IOException {
        return stream(request).batch();
    }

    private Prepared prepare(CommissionRequest request) throws InvalidInputException, IOException {
        for (Path workbook : request.workbooks()) {
            if (!Files.isRegularFile(workbook)) {
                throw new NoSuchFileException(workbook.toString(), null, "no such file");
            }
        }
        CommissionSettings settings = settings(request);
        ProblemLog problems = new ProblemLog(request.policy());
        ColumnMapping mapping = request.mapping().isPresent() ? ColumnMapping.read(request.mapping().get())
                : ColumnMapping.none();
        Ingested ingested = new SalesDataReader(mapping).read(request.workbooks(), request.currency(), problems);
        PlanBook book = new PlanSheetsReader().read(request.workbooks(), problems);
        stopOnErrors(problems);
        problems.enforcePolicy();
        Map<String, String> languages = RepLanguages.read(ingested.data().reps());
        checkLanguages(ingested.data().reps(), languages, problems);
        int scale = Math.max(0, ingested.currency().getDefaultFractionDigits());
        SalesData data = ingested.data();
        CommissionCalculator calculator = new CommissionCalculator(data, book, ingested.currency(), settings.rounding());
        PreviousRegister previous = request.previous().isPresent()
                ? PreviousRegister.read(request.previous().get(), scale) : null;
        if (previous != null) {
            PreviousRunCheck.check(request.previous().get()).ifPresent(problems::report);
            problems.enforcePolicy();
        }
        return new Prepared(calculator, previous, problems, languages, scale);
    }

    private Computed compute(CommissionRequest request) throws InvalidInputException, IOException {
        Prepared p = prepare(request);
        PreviousRegister previous = p.previous();
        Set<YearMonth> keep = previous == null ? Set.of() : Set.of(previous.month());
        CommissionRun run = p.calculator().calculate(request.period(), List.of(), keep, p.problems());
        List<Change> changes = List.of();
        if (previous != null) {
            checkPreviousMonth(previous, request.period());
            changes = RunComparison.compare(previous, run.month(previous.month()), p.scale());
            if (previous.month().isBefore(request.period()) && !changes.isEmpty()) {
                List<Adjustment> adjustments = changes.stream().map(Change::toAdjustment).toList();
                run = p.calculator().calculate(request.period(), adjustments, Set.of(), new ProblemLog(request.policy()));
            }
        }
        return new Computed(run, changes, p.problems().problems());
    }

    /** Like {@link #compute}, the months computed only when asked: the previous month's once, for the comparison. */
    private Streamed stream(CommissionRequest request) throws InvalidInputException, IOException {
        Prepared p = prepare(request);
        PreviousRegister previous = p.previous();
        CommissionBatch batch = p.calculator().batch(request.period(), List.of(), p.problems());
        List<Change> changes = List.of();
        if (previous != null) {
            checkPreviousMonth(previous, request.period());
            changes = RunComparison.compare(previous, batch.months(previous.month()), p.scale());
            if (previous.month().isBefore(request.period()) && !changes.isEmpty()) {
                List<Adjustment> adjustments = changes.stream().map(Change::toAdjustment).toList();
                batch = p.calculator().batch(request.period(), adjustments, new ProblemLog(request.policy()));
            }
        }
        return new Streamed(batch, changes, p.problems().problems(), p.languages());
    }

    private static void checkPreviousMonth(PreviousRegister previous, YearMonth period) throws InvalidInputException {
        if (previous.month().isAfter(period)) {
            throw new InvalidInputException(Problem.error("commission.previous_after_period",
                    new CellLocation(previous.file(), null, null, null),
                    "the register of " + period + " or of an earlier month",
                    "the register of " + previous.month(), "no statements"));
        }
    }

    /**
     * Reads the {@code commissions.*} keys of the settings file. The audit's and forecast's keys may be
     * in the same file (one file for every command); they are left to the commands that use them, and
     * any other key is refused.
     */
    private static CommissionSettings settings(CommissionRequest request) throws InvalidInputException, IOException {
        if (request.settings().isEmpty()) {
            return CommissionSettings.defaults();
        }
        SettingsFile file = SettingsFile.read(request.settings().get());
        CommissionSettings settings = CommissionSettings.from(file);
        file.withPrefix("audit.");
        file.withPrefix("forecast.");
        file.checkAllKeysKnown();
        return settings;
    }

    private static void stopOnErrors(ProblemLog problems) throws InvalidInputException {
        List<Problem> errors = problems.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            // A row left out would silently change someone's pay: commissions need every row.
            throw new InvalidInputException(errors);
        }
    }

    private static void checkLanguages(List<Rep> reps, Map<String, String> languages, ProblemLog problems) {
        for (Rep rep : reps) {
            String language = languages.get(rep.id());
            if (language != null && !ReportRequest.LANGUAGES.contains(language)) {
                problems.report(Problem.warning("commission.unknown_language", new CellLocation(rep.source().file(),
                        rep.source().sheet(), "row " + rep.source().row(), "Language"),
                        "a statement language: " + String.join(", ", ReportRequest.LANGUAGES), language,
                        "statement written in the language given with --lang"));
            }
        }
    }

    private record Rendered(String name, byte[] pdf, byte[] xlsx, RepMonth month) {
    }

    private static Rendered render(RepMonth m, String name, Locale locale, CommissionBatch batch, String generator,
            List<String> inputs, LocalDate date) throws IOException {
        StatementText text = new StatementText(locale, batch.currency(), batch.rounding());
        byte[] pdf = StatementPdf.write(m, text, generator, inputs, date, name + ".pdf");
        byte[] xlsx = StatementWorkbook.write(m, text, generator, date);
        return new Rendered(name, pdf, xlsx, m);
    }

    /** @return the rep's language when it is one of the statement languages, else {@code fallback} */
    static Locale language(String language, Locale fallback) {
        return language != null && ReportRequest.LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : fallback;
    }

    private static Rendered await(Future<Rendered> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the statements", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private static void write(AtomicDirectoryOutput out, Manifest manifest, String name, byte[] content)
            throws IOException {
        try (OutputStream os = out.newFile(name)) {
            os.write(content);
        }
        manifest.output(name, content);
    }

}
