package org.salesaudit.commission.statements;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;

import org.salesaudit.commission.calculation.Adjustment;
import org.salesaudit.commission.calculation.CalculationStep;
import org.salesaudit.commission.calculation.Clawback;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.calculation.Segment;

/**
 * A statement as a one-sheet workbook: header, summary, the credited deals with live {@code SUM}
 * totals (cached values included), the calculation, clawbacks, adjustments and the year to date.
 * Written directly as SpreadsheetML ({@link StatementSheet}, {@link XlsxPackage}): a statement has one
 * sheet with a fixed set of styles, which needs no spreadsheet object model.
 */
public final class StatementWorkbook {

    /** The columns of the deal lines, as message keys after {@code commission.column.}. */
    static final List<String> LINE_COLUMNS = List.of("deal", "account", "product", "closeDate", "share", "dealAmount",
            "credit", "commission", "spif", "plan", "source");

    /** Index of the first summed column (credit); commission and SPIF follow. */
    static final int CREDIT_COLUMN = 6;

    private static final int[] WIDTHS = {14, 22, 14, 12, 8, 14, 14, 14, 12, 16, 28};

    private StatementWorkbook() {
    }

    /** @return the workbook's bytes, dated {@code date} */
    public static byte[] write(RepMonth m, StatementText t, String generator, LocalDate date) throws IOException {
        StatementSheet sheet = new StatementSheet();
        int r = 0;
        sheet.row(r++).title(0, t.text("commission.statement.title"));
        for (String[] pair : StatementDocument.header(m, t)) {
            sheet.row(r++).bold(0, pair[0]);
            sheet.text(1, pair[1]);
        }
        r++;
        r = summary(sheet, m, t, r);
        r++;
        r = lines(sheet, m, t, r);
        r++;
        r = calculation(sheet, m, t, r);
        if (!m.clawbacks().isEmpty()) {
            r++;
            sheet.row(r++).bold(0, t.text("commission.clawbacks.title"));
            for (Clawback c : m.clawbacks()) {
                sheet.row(r++).text(0, t.clawback(c));
                sheet.money(CREDIT_COLUMN + 1, c.amount());
            }
        }
        if (!m.adjustments().isEmpty()) {
            r++;
            sheet.row(r++).bold(0, t.text("commission.adjustments.title"));
            for (Adjustment a : m.adjustments()) {
                sheet.row(r++).text(0, StatementDocument.adjustmentText(a, t));
                sheet.money(CREDIT_COLUMN + 1, a.amount());
            }
        }
        r++;
        sheet.row(r++).bold(0, t.text("commission.ytd.title", t.month(m.month())));
        for (String[] pair : StatementDocument.ytd(m, t)) {
            sheet.row(r++).text(0, pair[0]);
            sheet.text(1, pair[1]);
        }
        r++;
        sheet.row(r).text(0, t.roundingNote());
        String name = WorkbookUtil.createSafeSheetName(t.text("commission.statement.title"));
        return XlsxPackage.bytes(name, sheet.xml(t.rightToLeft(), WIDTHS),
                Currency.getInstance(t.currencyCode()).getDefaultFractionDigits(), date, generator);
    }

    private static int summary(StatementSheet sheet, RepMonth m, StatementText t, int r) {
        sheet.row(r++).bold(0, t.text("commission.summary.title"));
        Object[][] rows = {
            {"credit", m.credit()}, {"target", m.target()}, {"attainment", m.attainment()},
            {"commission", m.commission()}, {"spif", m.spif()}, {"clawbacks", m.clawbackTotal()},
            {"adjustments", m.adjustmentTotal()}, {"earned", m.earned()}, {"balanceBefore", m.balanceBefore()},
            {"drawTopUp", m.ledger().drawTopUp()}, {"recovered", m.ledger().recovered().negate()},
            {"variablePaid", m.ledger().paid()}, {"baseSalary", m.baseSalary()}, {"totalPay", m.totalPay()},
            {"balanceAfter", m.ledger().balanceAfter()}};
        for (Object[] item : rows) {
            sheet.row(r++).text(0, t.text("commission.summary." + item[0]));
            if ("attainment".equals(item[0])) {
                sheet.percent(1, (BigDecimal) item[1]);
            } else {
                sheet.money(1, (BigDecimal) item[1]);
            }
        }
        return r;
    }

    private static int lines(StatementSheet sheet, RepMonth m, StatementText t, int r) {
        sheet.row(r++).bold(0, t.text("commission.lines.title"));
        sheet.row(r++);
        for (int c = 0; c < LINE_COLUMNS.size(); c++) {
            sheet.bold(c, t.text("commission.column." + LINE_COLUMNS.get(c)));
        }
        int first = r;
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (CreditLine l : m.lines()) {
            sheet.row(r++).text(0, l.dealId());
            sheet.text(1, l.account());
            sheet.text(2, l.product());
            sheet.date(3, l.closeDate());
            sheet.percent(4, l.share());
            sheet.money(5, l.dealAmount());
            sheet.money(CREDIT_COLUMN, l.credit());
            sheet.money(CREDIT_COLUMN + 1, l.commission());
            sheet.money(CREDIT_COLUMN + 2, l.spif());
            sheet.text(9, l.plan());
            sheet.text(10, StatementDocument.source(l.source()));
            sums[0] = sums[0].add(l.credit());
            sums[1] = sums[1].add(l.commission());
            sums[2] = sums[2].add(l.spif());
        }
        sheet.row(r++).bold(0, t.text("commission.column.total"));
        for (int i = 0; i < 3; i++) {
            int column = CREDIT_COLUMN + i;
            String letter = CellReference.convertNumToColString(column);
            String formula = m.lines().isEmpty() ? "0" : "SUM(" + letter + (first + 1) + ":" + letter + (r - 1) + ")";
            sheet.moneyTotal(column, formula, sums[i]);
        }
        return r;
    }

    private static int calculation(StatementSheet sheet, RepMonth m, StatementText t, int r) {
        sheet.row(r++).bold(0, t.text("commission.calculation.title"));
        for (Segment s : m.segments()) {
            sheet.row(r++).text(0, t.segment(s));
            for (CalculationStep step : s.steps()) {
                sheet.row(r++).text(1, t.step(step));
                sheet.money(CREDIT_COLUMN + 1, step.amount());
            }
            if (s.steps().isEmpty()) {
                sheet.row(r++).text(1, t.text("commission.step.noCredit"));
            }
            sheet.row(r++).bold(1, t.text("commission.step.result"));
            sheet.money(CREDIT_COLUMN + 1, s.commission());
        }
        return r;
    }
}
