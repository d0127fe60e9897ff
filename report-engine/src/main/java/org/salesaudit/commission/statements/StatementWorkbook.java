package org.salesaudit.commission.statements;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.salesaudit.commission.calculation.Adjustment;
import org.salesaudit.commission.calculation.CalculationStep;
import org.salesaudit.commission.calculation.Clawback;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.calculation.Segment;

/**
 * A statement as a one-sheet workbook: header, summary, the credited deals with live {@code SUM}
 * totals (cached values included), the calculation, clawbacks, adjustments and the year to date.
 */
public final class StatementWorkbook {

    /** The columns of the deal lines, as message keys after {@code commission.column.}. */
    static final List<String> LINE_COLUMNS = List.of("deal", "account", "product", "closeDate", "share", "dealAmount",
            "credit", "commission", "spif", "plan", "source");

    /** Index of the first summed column (credit); commission and SPIF follow. */
    static final int CREDIT_COLUMN = 6;

    private StatementWorkbook() {
    }

    /** @return the workbook's bytes, dated {@code date} */
    public static byte[] write(RepMonth m, StatementText t, String generator, LocalDate date) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetCells cells = new SheetCells(workbook, java.util.Currency.getInstance(t.currencyCode()));
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(t.text("commission.statement.title")));
            if (t.rightToLeft()) {
                sheet.setRightToLeft(true);
            }
            int r = 0;
            cells.title(SheetCells.row(sheet, r++), 0, t.text("commission.statement.title"));
            for (String[] pair : StatementDocument.header(m, t)) {
                Row row = SheetCells.row(sheet, r++);
                cells.bold(row, 0, pair[0]);
                cells.text(row, 1, pair[1]);
            }
            r++;
            r = summary(sheet, cells, m, t, r);
            r++;
            r = lines(sheet, cells, m, t, r);
            r++;
            r = calculation(sheet, cells, m, t, r);
            if (!m.clawbacks().isEmpty()) {
                r++;
                cells.bold(SheetCells.row(sheet, r++), 0, t.text("commission.clawbacks.title"));
                for (Clawback c : m.clawbacks()) {
                    Row row = SheetCells.row(sheet, r++);
                    cells.text(row, 0, t.clawback(c));
                    cells.money(row, CREDIT_COLUMN + 1, c.amount());
                }
            }
            if (!m.adjustments().isEmpty()) {
                r++;
                cells.bold(SheetCells.row(sheet, r++), 0, t.text("commission.adjustments.title"));
                for (Adjustment a : m.adjustments()) {
                    Row row = SheetCells.row(sheet, r++);
                    cells.text(row, 0, StatementDocument.adjustmentText(a, t));
                    cells.money(row, CREDIT_COLUMN + 1, a.amount());
                }
            }
            r++;
            cells.bold(SheetCells.row(sheet, r++), 0, t.text("commission.ytd.title", t.month(m.month())));
            for (String[] pair : StatementDocument.ytd(m, t)) {
                Row row = SheetCells.row(sheet, r++);
                cells.text(row, 0, pair[0]);
                cells.text(row, 1, pair[1]);
            }
            r++;
            cells.text(SheetCells.row(sheet, r++), 0, t.roundingNote());
            int[] widths = {14, 22, 14, 12, 8, 14, 14, 14, 12, 16, 28};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            return org.salesaudit.render.xlsx.ReproducibleXlsx.bytes(workbook, date, generator);
        }
    }

    private static int summary(Sheet sheet, SheetCells cells, RepMonth m, StatementText t, int r) {
        cells.bold(SheetCells.row(sheet, r++), 0, t.text("commission.summary.title"));
        Object[][] rows = {
            {"credit", m.credit()}, {"target", m.target()}, {"attainment", m.attainment()},
            {"commission", m.commission()}, {"spif", m.spif()}, {"clawbacks", m.clawbackTotal()},
            {"adjustments", m.adjustmentTotal()}, {"earned", m.earned()}, {"balanceBefore", m.balanceBefore()},
            {"drawTopUp", m.ledger().drawTopUp()}, {"recovered", m.ledger().recovered().negate()},
            {"variablePaid", m.ledger().paid()}, {"baseSalary", m.baseSalary()}, {"totalPay", m.totalPay()},
            {"balanceAfter", m.ledger().balanceAfter()}};
        for (Object[] item : rows) {
            Row row = SheetCells.row(sheet, r++);
            cells.text(row, 0, t.text("commission.summary." + item[0]));
            if ("attainment".equals(item[0])) {
                cells.percent(row, 1, (java.math.BigDecimal) item[1]);
            } else {
                cells.money(row, 1, (java.math.BigDecimal) item[1]);
            }
        }
        return r;
    }

    private static int lines(Sheet sheet, SheetCells cells, RepMonth m, StatementText t, int r) {
        cells.bold(SheetCells.row(sheet, r++), 0, t.text("commission.lines.title"));
        Row header = SheetCells.row(sheet, r++);
        for (int c = 0; c < LINE_COLUMNS.size(); c++) {
            cells.bold(header, c, t.text("commission.column." + LINE_COLUMNS.get(c)));
        }
        int first = r;
        double[] sums = new double[3];
        for (CreditLine l : m.lines()) {
            Row row = SheetCells.row(sheet, r++);
            cells.text(row, 0, l.dealId());
            cells.text(row, 1, l.account());
            cells.text(row, 2, l.product());
            cells.date(row, 3, l.closeDate());
            cells.percent(row, 4, l.share());
            cells.money(row, 5, l.dealAmount());
            cells.money(row, CREDIT_COLUMN, l.credit());
            cells.money(row, CREDIT_COLUMN + 1, l.commission());
            cells.money(row, CREDIT_COLUMN + 2, l.spif());
            cells.text(row, 9, l.plan());
            cells.text(row, 10, StatementDocument.source(l.source()));
            sums[0] += l.credit().doubleValue();
            sums[1] += l.commission().doubleValue();
            sums[2] += l.spif().doubleValue();
        }
        Row total = SheetCells.row(sheet, r++);
        cells.bold(total, 0, t.text("commission.column.total"));
        for (int i = 0; i < 3; i++) {
            int column = CREDIT_COLUMN + i;
            String letter = CellReference.convertNumToColString(column);
            String formula = m.lines().isEmpty() ? "0" : "SUM(" + letter + (first + 1) + ":" + letter + (r - 1) + ")";
            cells.moneyFormula(total, column, formula, sums[i], true);
        }
        return r;
    }

    private static int calculation(Sheet sheet, SheetCells cells, RepMonth m, StatementText t, int r) {
        cells.bold(SheetCells.row(sheet, r++), 0, t.text("commission.calculation.title"));
        for (Segment s : m.segments()) {
            cells.text(SheetCells.row(sheet, r++), 0, t.segment(s));
            for (CalculationStep step : s.steps()) {
                Row row = SheetCells.row(sheet, r++);
                cells.text(row, 1, t.step(step));
                cells.money(row, CREDIT_COLUMN + 1, step.amount());
            }
            if (s.steps().isEmpty()) {
                cells.text(SheetCells.row(sheet, r++), 1, t.text("commission.step.noCredit"));
            }
            Row result = SheetCells.row(sheet, r++);
            cells.bold(result, 1, t.text("commission.step.result"));
            cells.money(result, CREDIT_COLUMN + 1, s.commission());
        }
        return r;
    }
}
