package org.salesaudit.commission.register;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.salesaudit.commission.calculation.Adjustment;
import org.salesaudit.commission.calculation.Clawback;
import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.diff.Change;
import org.salesaudit.commission.statements.SheetCells;
import org.salesaudit.commission.statements.StatementText;
import org.salesaudit.render.xlsx.ReproducibleXlsx;

/**
 * The payout register of a month as XLSX.
 *
 * <ol>
 * <li><b>Payouts</b>: one row per rep, grouped by team, with live formulas (attainment = credit /
 *     target, earned = commission + SPIFs + clawbacks + adjustments, total pay = variable pay + base),
 *     a {@code SUBTOTAL} row per team and a grand total; every formula carries its cached value.</li>
 * <li><b>Credited lines</b>: every credited deal line, clawback and adjustment with its source.</li>
 * <li><b>Changes</b> (after a rerun with {@code --previous}): every line whose amount changed, and why.</li>
 * </ol>
 */
public final class PayoutRegister {

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

    private PayoutRegister() {
    }

    /** @return the register's bytes, dated {@code date} */
    public static byte[] write(CommissionRun run, List<Change> changes, boolean changesCompared, StatementText t,
            String generator, LocalDate date) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetCells cells = new SheetCells(workbook, run.currency());
            payouts(workbook.createSheet(name(t, "payouts")), cells, run, t);
            lines(workbook.createSheet(name(t, "lines")), cells, run, t);
            if (changesCompared) {
                changes(workbook.createSheet(name(t, "changes")), cells, changes, t);
            }
            return ReproducibleXlsx.bytes(workbook, date, generator);
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

    private static void payouts(Sheet sheet, SheetCells cells, CommissionRun run, StatementText t) {
        cells.title(SheetCells.row(sheet, 0), 0, t.text("commission.register.title") + " " + t.month(run.period()));
        Row first = SheetCells.row(sheet, 1);
        cells.bold(first, 0, t.text("commission.statement.period"));
        cells.text(first, 1, t.month(run.period()));
        cells.bold(first, 2, t.text("commission.statement.currency"));
        cells.text(first, 3, run.currency().getCurrencyCode());
        Row header = SheetCells.row(sheet, HEADER_ROW);
        for (int c = 0; c < PAYOUT_COLUMNS.size(); c++) {
            cells.bold(header, c, label(t, PAYOUT_COLUMNS.get(c)));
        }
        Map<String, List<RepMonth>> teams = new LinkedHashMap<>();
        run.statements().stream()
                .sorted(Comparator.comparing((RepMonth m) -> m.rep().team() == null ? "\uFFFF" : m.rep().team())
                        .thenComparing(m -> m.rep().id()))
                .forEach(m -> teams.computeIfAbsent(m.rep().team() == null ? "" : m.rep().team(), k -> new ArrayList<>()).add(m));
        int r = HEADER_ROW + 1;
        int firstData = r;
        double[] grand = new double[PAYOUT_COLUMNS.size()];
        for (Map.Entry<String, List<RepMonth>> team : teams.entrySet()) {
            int teamFirst = r;
            double[] sums = new double[PAYOUT_COLUMNS.size()];
            for (RepMonth m : team.getValue()) {
                rep(SheetCells.row(sheet, r), cells, m, r, sums);
                r++;
            }
            Row subtotal = SheetCells.row(sheet, r);
            String teamName = team.getKey().isEmpty() ? t.text("commission.register.noTeam") : team.getKey();
            cells.bold(subtotal, 0, t.text("commission.register.subtotal", teamName));
            totals(subtotal, cells, teamFirst, r - 1, r, sums);
            for (int c = 0; c < grand.length; c++) {
                grand[c] += sums[c];
            }
            r++;
        }
        Row total = SheetCells.row(sheet, r);
        cells.bold(total, 0, t.text("commission.column.total"));
        totals(total, cells, firstData, r - 1, r, grand);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, PAYOUT_COLUMNS.size() - 1));
        for (int c = 0; c < PAYOUT_COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, (c == 1 ? 22 : c == 3 ? 18 : 14) * 256);
        }
    }

    private static void rep(Row row, SheetCells cells, RepMonth m, int r, double[] sums) {
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
    private static void totals(Row row, SheetCells cells, int from, int to, int r, double[] sums) {
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

    private static void lines(Sheet sheet, SheetCells cells, CommissionRun run, StatementText t) {
        Row header = SheetCells.row(sheet, 0);
        for (int c = 0; c < RegisterLayout.LINE_COLUMNS.size(); c++) {
            cells.bold(header, c, label(t, RegisterLayout.LINE_COLUMNS.get(c)));
        }
        int r = 1;
        String month = t.month(run.period());
        for (RepMonth m : run.statements()) {
            for (CreditLine l : m.lines()) {
                Row row = SheetCells.row(sheet, r++);
                cells.text(row, RegisterLayout.LINE_MONTH, month);
                cells.text(row, RegisterLayout.LINE_REP, l.repId());
                cells.text(row, RegisterLayout.LINE_DEAL, l.dealId());
                cells.text(row, RegisterLayout.LINE_KIND, RegisterLayout.KIND_DEAL);
                cells.date(row, 4, l.closeDate());
                cells.percent(row, 5, l.share());
                cells.money(row, RegisterLayout.LINE_CREDIT, l.credit());
                cells.money(row, RegisterLayout.LINE_COMMISSION, l.commission());
                cells.money(row, RegisterLayout.LINE_SPIF, l.spif());
                cells.text(row, RegisterLayout.LINE_PLAN, l.plan());
                cells.text(row, 10, l.source().file() + " / " + l.source().sheet() + " / " + l.source().row());
            }
            for (Clawback c : m.clawbacks()) {
                Row row = SheetCells.row(sheet, r++);
                cells.text(row, RegisterLayout.LINE_MONTH, month);
                cells.text(row, RegisterLayout.LINE_REP, c.repId());
                cells.text(row, RegisterLayout.LINE_DEAL, c.dealId());
                cells.text(row, RegisterLayout.LINE_KIND, RegisterLayout.KIND_CLAWBACK);
                cells.date(row, 4, c.cancelledOn());
                cells.money(row, RegisterLayout.LINE_COMMISSION, c.amount());
                cells.text(row, 10, c.source().file() + " / " + c.source().sheet() + " / " + c.source().row());
            }
            for (Adjustment a : m.adjustments()) {
                Row row = SheetCells.row(sheet, r++);
                cells.text(row, RegisterLayout.LINE_MONTH, month);
                cells.text(row, RegisterLayout.LINE_REP, a.repId());
                cells.text(row, RegisterLayout.LINE_DEAL, a.dealId());
                cells.text(row, RegisterLayout.LINE_KIND, RegisterLayout.KIND_ADJUSTMENT);
                cells.money(row, RegisterLayout.LINE_COMMISSION, a.amount());
                cells.text(row, RegisterLayout.LINE_PLAN, t.month(a.period()) + " " + t.reason(a.reason()));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, RegisterLayout.LINE_COLUMNS.size() - 1));
        for (int c = 0; c < RegisterLayout.LINE_COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, (c == 10 ? 30 : c == 9 ? 18 : 13) * 256);
        }
    }

    private static void changes(Sheet sheet, SheetCells cells, List<Change> changes, StatementText t) {
        List<String> columns = List.of("rep", "month", "deal", "previous", "new", "difference", "reason");
        Row header = SheetCells.row(sheet, 0);
        for (int c = 0; c < columns.size(); c++) {
            cells.bold(header, c, label(t, columns.get(c)));
        }
        if (changes.isEmpty()) {
            cells.text(SheetCells.row(sheet, 1), 0, t.text("commission.register.changes.none"));
            return;
        }
        int r = 1;
        for (Change c : changes) {
            Row row = SheetCells.row(sheet, r++);
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
