package org.salesaudit.commission.plans;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.pjfanning.xlsx.StreamingReader;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;

/**
 * Reads the plan sheets of the input workbooks (in the data workbook or a separate plan workbook):
 * Plans, Tiers, SPIFs, Plan Assignments, Credit Splits and Cancellations, as documented in
 * docs/commission-plans.md. Every unreadable or inconsistent cell is reported as an error naming its
 * cell; the caller stops before computing anything when there is one. Files are opened read-only.
 */
public final class PlanSheetsReader {

    static final String PLANS = "plans";
    static final String TIERS = "tiers";
    static final String SPIFS = "spifs";
    static final String ASSIGNMENTS = "planassignments";
    static final String SPLITS = "creditsplits";
    static final String CANCELLATIONS = "cancellations";

    private static final List<String> SHEETS = List.of(PLANS, TIERS, SPIFS, ASSIGNMENTS, SPLITS, CANCELLATIONS);

    /**
     * @return the checked plan book; problems are in {@code problems}
     * @throws IOException when a file cannot be read at all
     */
    public PlanBook read(List<Path> files, ProblemLog problems) throws IOException {
        PlanRows rows = new PlanRows(problems);
        boolean anyPlans = false;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (Workbook workbook = open(file)) {
                for (Sheet sheet : workbook) {
                    String key = SheetTable.normalize(sheet.getSheetName());
                    if (SHEETS.contains(key)) {
                        anyPlans |= key.equals(PLANS);
                        rows.accept(key, SheetTable.read(name, sheet, problems));
                    }
                }
            } catch (IOException e) {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    throw e;
                }
                unreadable(name, e, problems);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                // POI throws unchecked exceptions and even Errors on damaged or hostile files.
                unreadable(name, e, problems);
            }
        }
        if (!anyPlans) {
            problems.report(Problem.error("commission.no_plans", CellLocation.ofFile(files.stream()
                    .map(p -> p.getFileName().toString()).reduce((a, b) -> a + ", " + b).orElse("")),
                    "a sheet named Plans (one row per plan version; see docs/commission-plans.md)", "no such sheet",
                    "no statements"));
        }
        return rows.toPlanBook();
    }

    /** @return whether any of the files has a Plans sheet (files that cannot be read count as not) */
    public boolean hasPlanSheets(List<Path> files) {
        for (Path file : files) {
            try (Workbook workbook = open(file)) {
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    if (SheetTable.normalize(workbook.getSheetName(i)).equals(PLANS)) {
                        return true;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not a workbook with plans: the data reader reports unreadable files
            }
        }
        return false;
    }

    /**
     * Opens an .xlsx or .xlsm as a stream of rows, so that the data sheets next to the plan sheets
     * (a Deals sheet of any length) are skipped without being loaded; other files (.xls) whole.
     */
    static Workbook open(Path file) throws IOException {
        byte[] magic = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(magic, 0, magic.length);
        }
        // An InputStream, not a File: OPCPackage.open(File) opens the file read-write.
        try (InputStream in = Files.newInputStream(file)) {
            if (read == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return StreamingReader.builder().rowCacheSize(200).bufferSize(8192).setReadComments(false)
                        .setReadHyperlinks(false).setReadShapes(false).open(in);
            }
            return WorkbookFactory.create(in);
        }
    }

    private static void unreadable(String name, Throwable e, ProblemLog problems) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        problems.report(Problem.error("file.unreadable", CellLocation.ofFile(name),
                "an Excel workbook (.xlsx, .xlsm or .xls)", message.length() > 200 ? message.substring(0, 200) : message,
                "file not used"));
    }

    /** The rows of every plan sheet, turned into records as they are read. */
    private static final class PlanRows {
        private final ProblemLog problems;
        private final List<PlanVersionRow> plans = new ArrayList<>();
        private final List<TierRow> tiers = new ArrayList<>();
        private final List<SpifRow> spifs = new ArrayList<>();
        private final List<PlanAssignment> assignments = new ArrayList<>();
        private final List<SplitRow> splits = new ArrayList<>();
        private final List<Cancellation> cancellations = new ArrayList<>();

        PlanRows(ProblemLog problems) {
            this.problems = problems;
        }

        void accept(String key, SheetTable table) {
            switch (key) {
                case PLANS -> readPlans(table);
                case TIERS -> readTiers(table);
                case SPIFS -> readSpifs(table);
                case ASSIGNMENTS -> readAssignments(table);
                case SPLITS -> readSplits(table);
                case CANCELLATIONS -> readCancellations(table);
                default -> throw new IllegalStateException("not a plan sheet: " + key);
            }
        }

        private void readPlans(SheetTable t) {
            if (!t.requireColumns("Plan", "Version", "Effective From", "Target")) {
                return;
            }
            for (Row row : t.rows()) {
                String plan = t.requiredText(row, "Plan", "a plan id");
                String version = t.requiredText(row, "Version", "a version name (e.g. v1)");
                LocalDate from = t.requiredDate(row, "Effective From", "the first day the version applies");
                LocalDate to = t.date(row, "Effective To");
                BigDecimal target = t.number(row, "Target", "the monthly target, a number");
                if (target == null && t.isBlank(row, "Target") || target != null && target.signum() <= 0) {
                    problems.report(Problem.error("commission.plan_without_target", t.at(row, "Target"),
                            "a monthly target above zero", target == null ? "" : target.toPlainString(),
                            "no statements"));
                }
                BigDecimal base = orZero(t.number(row, "Base Salary", "a monthly amount"));
                BigDecimal rate = t.percent(row, "Rate", "a rate such as 10%");
                BigDecimal threshold = orZero(t.percent(row, "Threshold", "a minimum attainment such as 50%"));
                TierMethod method = method(t, row);
                BigDecimal cap = t.number(row, "Cap", "a monthly cap amount");
                BigDecimal capOfTarget = t.percent(row, "Cap % of Target", "a cap as a percentage of the target");
                BigDecimal draw = orZero(t.number(row, "Draw", "a monthly draw amount"));
                DrawType drawType = drawType(t, row);
                Integer clawback = t.integer(row, "Clawback Days", "a whole number of days");
                if (to != null && from != null && to.isBefore(from)) {
                    t.error(row, "Effective To", "a day on or after Effective From " + from, to.toString());
                }
                plans.add(new PlanVersionRow(plan, version, from, to, t.text(row, "Level"), base, target, rate,
                        method, threshold, cap, capOfTarget, draw, drawType, clawback == null ? 0 : clawback,
                        t.source(row), t.at(row, "Effective From"), t.at(row, "Rate")));
            }
        }

        private static TierMethod method(SheetTable t, Row row) {
            String text = t.text(row, "Method");
            if (text == null) {
                return TierMethod.TIER;
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "tier", "tiered", "whole" -> TierMethod.TIER;
                case "marginal", "bracket", "brackets" -> TierMethod.MARGINAL;
                default -> {
                    t.error(row, "Method", "tier or marginal", text);
                    yield TierMethod.TIER;
                }
            };
        }

        private static DrawType drawType(SheetTable t, Row row) {
            String text = t.text(row, "Draw Type");
            if (text == null) {
                return DrawType.RECOVERABLE;
            }
            return switch (SheetTable.normalize(text)) {
                case "recoverable" -> DrawType.RECOVERABLE;
                case "nonrecoverable", "guaranteed" -> DrawType.NON_RECOVERABLE;
                default -> {
                    t.error(row, "Draw Type", "recoverable or non-recoverable", text);
                    yield DrawType.RECOVERABLE;
                }
            };
        }

        private void readTiers(SheetTable t) {
            if (!t.requireColumns("Plan", "Version", "From %", "Rate")) {
                return;
            }
            for (Row row : t.rows()) {
                String plan = t.requiredText(row, "Plan", "a plan id of the Plans sheet");
                String version = t.requiredText(row, "Version", "a version of the Plans sheet");
                BigDecimal from = t.requiredPercent(row, "From %", "the attainment the tier starts at, such as 100%");
                BigDecimal to = t.percent(row, "To %", "the attainment the tier ends before, or blank");
                BigDecimal rate = t.requiredPercent(row, "Rate", "a rate such as 12%");
                if (plan != null && version != null && from != null && rate != null) {
                    tiers.add(new TierRow(plan, version, new Tier(from, to, rate, t.source(row)),
                            t.at(row, "From %"), t.at(row, "To %")));
                }
            }
        }

        private void readSpifs(SheetTable t) {
            if (!t.requireColumns("Plan", "Version", "Product", "Bonus per Deal")) {
                return;
            }
            for (Row row : t.rows()) {
                String plan = t.requiredText(row, "Plan", "a plan id of the Plans sheet");
                String version = t.requiredText(row, "Version", "a version of the Plans sheet");
                String product = t.requiredText(row, "Product", "a product name, or * for every deal");
                BigDecimal bonus = t.requiredNumber(row, "Bonus per Deal", "an amount");
                if (plan != null && version != null && product != null && bonus != null) {
                    spifs.add(new SpifRow(plan, version, new Spif(product, bonus, t.source(row)), t.at(row, "Plan")));
                }
            }
        }

        private void readAssignments(SheetTable t) {
            if (!t.requireColumns("Rep", "Plan", "From")) {
                return;
            }
            for (Row row : t.rows()) {
                String rep = t.requiredText(row, "Rep", "a rep id of the Reps sheet");
                String plan = t.requiredText(row, "Plan", "a plan id of the Plans sheet");
                LocalDate from = t.requiredDate(row, "From", "the first day on the plan");
                LocalDate to = t.date(row, "To");
                BigDecimal ramp = t.percent(row, "Ramp %", "the share of the target that applies, such as 50%");
                if (ramp != null && (ramp.signum() <= 0 || ramp.compareTo(BigDecimal.ONE) > 0)) {
                    t.error(row, "Ramp %", "a share of the target above 0% and at most 100%", ramp.movePointRight(2).toPlainString() + "%");
                }
                if (rep != null && plan != null && from != null) {
                    assignments.add(new PlanAssignment(rep, plan, from, to, ramp == null ? BigDecimal.ONE : ramp,
                            t.source(row)));
                    assignmentCells.put(t.source(row), t.at(row, "Plan"));
                }
            }
        }

        private final Map<SourceRef, CellLocation> assignmentCells = new java.util.HashMap<>();

        private void readSplits(SheetTable t) {
            if (!t.requireColumns("Deal ID", "Rep", "Split %")) {
                return;
            }
            for (Row row : t.rows()) {
                String deal = t.requiredText(row, "Deal ID", "a deal id of the Deals sheet");
                String rep = t.requiredText(row, "Rep", "a rep id of the Reps sheet");
                BigDecimal share = t.requiredPercent(row, "Split %", "a share of the credit such as 60%");
                if (deal != null && rep != null && share != null) {
                    splits.add(new SplitRow(new CreditSplit(deal, rep, share, t.source(row)), t.at(row, "Split %")));
                }
            }
        }

        private void readCancellations(SheetTable t) {
            if (!t.requireColumns("Deal ID", "Cancelled On")) {
                return;
            }
            for (Row row : t.rows()) {
                String deal = t.requiredText(row, "Deal ID", "a deal id of the Deals sheet");
                LocalDate date = t.requiredDate(row, "Cancelled On", "the day the deal was cancelled or refunded");
                if (deal != null && date != null) {
                    cancellations.add(new Cancellation(deal, date, t.source(row)));
                }
            }
        }

        PlanBook toPlanBook() {
            PlanChecks checks = new PlanChecks(problems);
            List<PlanVersion> versions = checks.versions(plans, tiers, spifs);
            checks.assignments(assignments, versions, assignmentCells);
            List<CreditSplit> checkedSplits = checks.splits(splits);
            return new PlanBook(versions, assignments, checkedSplits, cancellations);
        }

        private static BigDecimal orZero(BigDecimal value) {
            return value == null ? BigDecimal.ZERO : value;
        }
    }

    /** A Plans row before its tiers and SPIFs are attached. */
    record PlanVersionRow(String plan, String version, LocalDate from, LocalDate to, String level, BigDecimal baseSalary,
            BigDecimal target, BigDecimal rate, TierMethod method, BigDecimal threshold, BigDecimal cap,
            BigDecimal capOfTarget, BigDecimal draw, DrawType drawType, int clawbackDays, SourceRef source,
            CellLocation fromCell, CellLocation rateCell) {
    }

    record TierRow(String plan, String version, Tier tier, CellLocation fromCell, CellLocation toCell) {
    }

    record SpifRow(String plan, String version, Spif spif, CellLocation planCell) {
    }

    record SplitRow(CreditSplit split, CellLocation shareCell) {
    }
}
