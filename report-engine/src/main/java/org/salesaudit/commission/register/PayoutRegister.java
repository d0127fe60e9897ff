package org.salesaudit.commission.register;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.salesaudit.commission.calculation.Adjustment;
import org.salesaudit.commission.calculation.Clawback;
import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.diff.Change;
import org.salesaudit.commission.statements.StatementText;
import org.salesaudit.model.Rep;
import org.salesaudit.render.xlsx.ReproducibleXlsx;

/**
 * The payout register of a month as XLSX, written as a stream: rows go to temporary files as they
 * are added, so that the register of any number of reps needs the same memory.
 *
 * <ol>
 * <li><b>Payouts</b>: one row per rep, grouped by team, with live formulas (attainment = credit /
 *     target, earned = commission + SPIFs + clawbacks + adjustments, total pay = variable pay + base),
 *     a {@code SUBTOTAL} row per team and a grand total; every formula carries its cached value.</li>
 * <li><b>Credited lines</b>: every credited deal line, clawback and adjustment with its source.</li>
 * <li><b>Changes</b> (after a rerun with {@code --previous}): every line whose amount changed, and why.</li>
 * </ol>
 *
 * <p>Use: {@link #addLines} for every statement in rep order, then {@link #payouts}, {@link #changes}
 * (after a rerun) and {@link #write}; always {@link #close}. Not thread-safe.
 */
public final class PayoutRegister implements AutoCloseable {

    /** The file name of the register. */
    public static final String FILE_NAME = "payout-register.xlsx";

    static final List<String> PAYOUT_COLUMNS = List.of("rep", "name", "team", "plan", "target", "credit", "attainment",
            "commission", "spif", "clawbacks", "adjustments", "earned", "variablePaid", "baseSalary", "totalPay",
            "balanceAfter");

    private static final int TARGET = 4;
    private static final int CREDIT = 5;
    private static final int ATTAINMENT = 6;
    private static final int COMMISSION = 7;
    private static final int EARNED = 11;
    private static final int VARIABLE = 12;
    private static final int BASE = 13;
    private static final int TOTAL = 14;
    private static final int BALANCE = 15;
    private static final int HEADER_ROW = 2;
    /** Rows of a sheet kept in memory before they are flushed to its temporary file. */
    private static final int ROWS_IN_MEMORY = 100;

    private final SXSSFWorkbook workbook;
    private final RegisterCells cells;
    private final StatementText t;
    private final String month;
    private final String currency;
    private final Sheet payouts;
    private final Sheet lines;
    private final Sheet changes;
    private int lineRow = 1;

    /**
     * Starts the register of {@code period}.
     *
     * @param changesCompared whether the run was compared with a previous register (adds the Changes sheet)
     */
    public PayoutRegister(YearMonth period, Currency currency, StatementText t, boolean changesCompared) {
        this.workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
        this.t = t;
        this.month = t.month(period);
        this.currency = currency.getCurrencyCode();
        this.cells = new RegisterCells(workbook, currency);
        this.payouts = workbook.createSheet(name(t, "payouts"));
        this.lines = workbook.createSheet(name(t, "lines"));
        this.changes = changesCompared ? workbook.createSheet(name(t, "changes")) : null;
        Row header = lines.createRow(0);
        for (int c = 0; c < RegisterLayout.LINE_COLUMNS.size(); c++) {
            cells.bold(header, c, label(t, RegisterLayout.LINE_COLUMNS.get(c)));
        }
    }

    /** @return the register's bytes, dated {@code date}, of a month computed at once */
    public static byte[] write(CommissionRun run, List<Change> changes, boolean changesCompared, StatementText t,
            String generator, LocalDate date) throws IOException {
        try (PayoutRegister register = new PayoutRegister(run.period(), run.currency(), t, changesCompared)) {
            Map<String, RepMonth> byRep = new LinkedHashMap<>();
            for (RepMonth m : run.statements()) {
                register.addLines(m);
                byRep.put(m.rep().id(), m);
            }
            register.payouts(run.statements().stream().map(RepMonth::rep).toList(), byRep::get);
            if (changesCompared) {
                register.changes(changes);
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 * 1024);
            register.write(bytes, date, generator);
            return bytes.toByteArray();
        }
    }

    /** Writes the finished register to {@code out}, dated {@code date}; leaves {@code out} open. */
    public void write(OutputStream out, LocalDate date, String generator) throws IOException {
        lines.createFreezePane(0, 1);
        lines.setAutoFilter(new CellRangeAddress(0, Math.max(0, lineRow - 1), 0, RegisterLayout.LINE_COLUMNS.size() - 1));
        for (int c = 0; c < RegisterLayout.LINE_COLUMNS.size(); c++) {
            lines.setColumnWidth(c, (c == 10 ? 30 : c == 9 ? 18 : 13) * 256);
        }
        ReproducibleXlsx.write(workbook, date, generator, out);
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    private static String name(StatementText t, String sheet) {
        return WorkbookUtil.createSafeSheetName(t.text("commission.register.sheet." + sheet));
    }

    private static String label(StatementText t, String column) {
        return switch (column) {
            case "rep", "name", "team", "plan", "month", "deal", "closeDate", "share", "credit", "commission", "spif",
                    "source", "reason", "previous", "new", "difference", "total" -> t.text("commission.column." + column);
            default -> t.text("commission.summary." + column);
        };
    }

    /**
     * Writes the Payouts sheet: the reps grouped by team (teams by name, reps without a team last), by
     * rep id within a team, each row made from the rep's month as {@code statement} gives it when the row is
     * written.
     *
     * @param reps  the reps with a statement, in any order
     * @param statement the statement of a rep, by rep id
     */
    public void payouts(Collection<Rep> reps, Function<String, RepMonth> statement) {
        Sheet sheet = payouts;
        cells.title(sheet.createRow(0), 0, t.text("commission.register.title") + " " + month);
        Row first = sheet.createRow(1);
        cells.bold(first, 0, t.text("commission.statement.period"));
        cells.text(first, 1, month);
        cells.bold(first, 2, t.text("commission.statement.currency"));
        cells.text(first, 3, currency);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < PAYOUT_COLUMNS.size(); c++) {
            cells.bold(header, c, label(t, PAYOUT_COLUMNS.get(c)));
        }
        Map<String, List<Rep>> teams = new LinkedHashMap<>();
        reps.stream()
                .sorted(Comparator.comparing((Rep rep) -> rep.team() == null ? "\uFFFF" : rep.team())
                        .thenComparing(Rep::id))
                .forEach(rep -> teams.computeIfAbsent(rep.team() == null ? "" : rep.team(), k -> new ArrayList<>()).add(rep));
        int r = HEADER_ROW + 1;
        int firstData = r;
        double[] grand = new double[PAYOUT_COLUMNS.size()];
        for (Map.Entry<String, List<Rep>> team : teams.entrySet()) {
            int teamFirst = r;
            double[] sums = new double[PAYOUT_COLUMNS.size()];
            for (Rep rep : team.getValue()) {
                rep(sheet.createRow(r), cells, statement.apply(rep.id()), r, sums);
                r++;
            }
            Row subtotal = sheet.createRow(r);
            String teamName = team.getKey().isEmpty() ? t.text("commission.register.noTeam") : team.getKey();
            cells.bold(subtotal, 0, t.text("commission.register.subtotal", teamName));
            totals(subtotal, cells, teamFirst, r - 1, r, sums);
            for (int c = 0; c < grand.length; c++) {
                grand[c] += sums[c];
            }
            r++;
        }
        Row total = sheet.createRow(r);
        cells.bold(total, 0, t.text("commission.column.total"));
        totals(total, cells, firstData, r - 1, r, grand);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, PAYOUT_COLUMNS.size() - 1));
        for (int c = 0; c < PAYOUT_COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, (c == 1 ? 22 : c == 3 ? 18 : 14) * 256);
        }
    }

    private static void rep(Row row, RegisterCells cells, RepMonth m, int r, double[] sums) {
        int excelRow = r + 1;
        cells.text(row, 0, m.rep().id());
        cells.text(row, 1, m.rep().displayName());
        cells.text(row, 2, m.rep().team());
        cells.text(row, 3, String.join(", ", m.segments().stream().map(s -> s.plan().label()).distinct().toList()));
        BigDecimal[] values = {m.target(), m.credit(), null, m.commission(), m.spif(), m.clawbackTotal(),
            m.adjustmentTotal(), null, m.ledger().paid(), m.baseSalary(), null, m.ledger().balanceAfter()};
        for (int i = 0; i < values.length; i++) {
            int column = TARGET + i;
            if (values[i] != null) {
                cells.money(row, column, values[i]);
                sums[column] += values[i].doubleValue();
            }
        }
        double target = m.target().doubleValue();
        double credit = m.credit().doubleValue();
        cells.percentFormula(row, ATTAINMENT, "IF(" + ref(TARGET, excelRow) + "=0,0," + ref(CREDIT, excelRow) + "/"
                + ref(TARGET, excelRow) + ")", target == 0 ? 0 : credit / target);
        double earned = m.commission().doubleValue() + m.spif().doubleValue() + m.clawbackTotal().doubleValue()
                + m.adjustmentTotal().doubleValue();
        cells.moneyFormula(row, EARNED, "SUM(" + ref(COMMISSION, excelRow) + ":" + ref(EARNED - 1, excelRow) + ")",
                earned, false);
        sums[EARNED] += earned;
        double totalPay = m.ledger().paid().doubleValue() + m.baseSalary().doubleValue();
        cells.moneyFormula(row, TOTAL, ref(VARIABLE, excelRow) + "+" + ref(BASE, excelRow), totalPay, false);
        sums[TOTAL] += totalPay;
    }

    /** Writes SUBTOTAL(9, …) for every money column over rows {@code from..to} (0-based) and the attainment. */
    private static void totals(Row row, RegisterCells cells, int from, int to, int r, double[] sums) {
        for (int column = TARGET; column <= BALANCE; column++) {
            if (column == ATTAINMENT) {
                continue;
            }
            String letter = CellReference.convertNumToColString(column);
            cells.moneyFormula(row, column, "SUBTOTAL(9," + letter + (from + 1) + ":" + letter + (to + 1) + ")", sums[column],
                    true);
        }
        int excelRow = r + 1;
        cells.percentFormula(row, ATTAINMENT, "IF(" + ref(TARGET, excelRow) + "=0,0," + ref(CREDIT, excelRow) + "/"
                + ref(TARGET, excelRow) + ")", sums[TARGET] == 0 ? 0 : sums[CREDIT] / sums[TARGET]);
    }

    /** Appends the credited lines, clawbacks and adjustments of a statement to the Credited lines sheet. */
    public void addLines(RepMonth m) {
        for (CreditLine l : m.lines()) {
            Row row = newLine(l.repId(), l.dealId(), RegisterLayout.KIND_DEAL);
            cells.date(row, 4, l.closeDate());
            cells.percent(row, 5, l.share());
            cells.money(row, RegisterLayout.LINE_CREDIT, l.credit());
            cells.money(row, RegisterLayout.LINE_COMMISSION, l.commission());
            cells.money(row, RegisterLayout.LINE_SPIF, l.spif());
            cells.text(row, RegisterLayout.LINE_PLAN, l.plan());
            cells.text(row, 10, l.source().file() + " / " + l.source().sheet() + " / " + l.source().row());
        }
        for (Clawback c : m.clawbacks()) {
            Row row = newLine(c.repId(), c.dealId(), RegisterLayout.KIND_CLAWBACK);
            cells.date(row, 4, c.cancelledOn());
            cells.money(row, RegisterLayout.LINE_COMMISSION, c.amount());
            cells.text(row, 10, c.source().file() + " / " + c.source().sheet() + " / " + c.source().row());
        }
        for (Adjustment a : m.adjustments()) {
            Row row = newLine(a.repId(), a.dealId(), RegisterLayout.KIND_ADJUSTMENT);
            cells.money(row, RegisterLayout.LINE_COMMISSION, a.amount());
            cells.text(row, RegisterLayout.LINE_PLAN, t.month(a.period()) + " " + t.reason(a.reason()));
        }
    }

    /** @return the next row of the Credited lines sheet, with its month, rep, deal and kind written */
    private Row newLine(String repId, String dealId, String kind) {
        Row row = lines.createRow(lineRow++);
        cells.text(row, RegisterLayout.LINE_MONTH, month);
        cells.text(row, RegisterLayout.LINE_REP, repId);
        cells.text(row, RegisterLayout.LINE_DEAL, dealId);
        cells.text(row, RegisterLayout.LINE_KIND, kind);
        return row;
    }

    /** Writes the Changes sheet (only when the run was compared with a previous register). */
    public void changes(List<Change> changed) {
        if (changes == null) {
            throw new IllegalStateException("the register was started without a comparison");
        }
        Sheet sheet = changes;
        List<String> columns = List.of("rep", "month", "deal", "previous", "new", "difference", "reason");
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            cells.bold(header, c, label(t, columns.get(c)));
        }
        if (changed.isEmpty()) {
            cells.text(sheet.createRow(1), 0, t.text("commission.register.changes.none"));
            return;
        }
        int r = 1;
        for (Change c : changed) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, c.repId());
            cells.text(row, 1, t.month(c.month()));
            cells.text(row, 2, c.dealId());
            cells.money(row, 3, c.oldAmount());
            cells.money(row, 4, c.newAmount());
            cells.money(row, 5, c.difference());
            cells.text(row, 6, t.reason(c.reason()));
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (c == 6 ? 50 : 14) * 256);
        }
    }

    private static String ref(int column, int excelRow) {
        return CellReference.convertNumToColString(column) + excelRow;
    }
}
