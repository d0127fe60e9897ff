package org.salesaudit.commission.statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesaudit.commission.calculation.Adjustment;
import org.salesaudit.commission.calculation.CalculationStep;
import org.salesaudit.commission.calculation.Clawback;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.calculation.Segment;
import org.salesaudit.model.SourceRef;

/**
 * The data model of {@code statement.ftlh}: every text already translated and every number already
 * formatted, as plain maps, lists and strings.
 */
final class StatementDocument {

    private StatementDocument() {
    }

    static Map<String, Object> build(RepMonth m, StatementText t, String generator, List<String> inputs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("lang", t.locale().getLanguage());
        doc.put("dir", t.rightToLeft() ? "rtl" : "ltr");
        doc.put("title", t.text("commission.statement.title"));
        doc.put("subtitle", m.rep().displayName() + " \u00B7 " + t.month(m.month()));
        doc.put("header", pairs(header(m, t)));
        doc.put("summaryTitle", t.text("commission.summary.title"));
        doc.put("summary", summary(m, t));
        doc.put("linesTitle", t.text("commission.lines.title"));
        doc.put("linesNone", t.text("commission.lines.none"));
        doc.put("lines", lines(m, t));
        doc.put("calculationTitle", t.text("commission.calculation.title"));
        doc.put("segments", segments(m, t));
        doc.put("clawbacksTitle", t.text("commission.clawbacks.title"));
        doc.put("clawbacks", clawbacks(m, t));
        doc.put("adjustmentsTitle", t.text("commission.adjustments.title"));
        doc.put("adjustments", adjustments(m, t));
        doc.put("ytdTitle", t.text("commission.ytd.title", t.month(m.month())));
        doc.put("ytd", pairs(ytd(m, t)));
        doc.put("rounding", t.roundingNote());
        doc.put("generated", t.text("commission.statement.generated", generator, String.join(", ", inputs)));
        return doc;
    }

    static List<String[]> header(RepMonth m, StatementText t) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.text("commission.statement.rep"), m.rep().displayName() + " (" + m.rep().id() + ")"});
        rows.add(new String[] {t.text("commission.statement.team"), m.rep().team() == null ? "\u2013" : m.rep().team()});
        rows.add(new String[] {t.text("commission.statement.period"), t.month(m.month())});
        rows.add(new String[] {t.text("commission.statement.plan"), String.join(", ",
                m.segments().stream().map(s -> s.plan().label()).distinct().toList())});
        rows.add(new String[] {t.text("commission.statement.currency"), t.currencyCode()});
        return rows;
    }

    /** The summary: label, amount and whether it is a total line. */
    static List<Map<String, Object>> summary(RepMonth m, StatementText t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(t.text("commission.summary.credit"), t.money(m.credit()), false));
        rows.add(row(t.text("commission.summary.target"), t.money(m.target()), false));
        rows.add(row(t.text("commission.summary.attainment"), t.attainment(m.attainment()), false));
        rows.add(row(t.text("commission.summary.commission"), t.money(m.commission()), false));
        rows.add(row(t.text("commission.summary.spif"), t.money(m.spif()), false));
        rows.add(row(t.text("commission.summary.clawbacks"), t.money(m.clawbackTotal()), false));
        rows.add(row(t.text("commission.summary.adjustments"), t.money(m.adjustmentTotal()), false));
        rows.add(row(t.text("commission.summary.earned"), t.money(m.earned()), true));
        rows.add(row(t.text("commission.summary.balanceBefore"), t.money(m.balanceBefore()), false));
        rows.add(row(t.text("commission.summary.drawTopUp"), t.money(m.ledger().drawTopUp()), false));
        rows.add(row(t.text("commission.summary.recovered"), t.money(m.ledger().recovered().negate()), false));
        rows.add(row(t.text("commission.summary.variablePaid"), t.money(m.ledger().paid()), true));
        rows.add(row(t.text("commission.summary.baseSalary"), t.money(m.baseSalary()), false));
        rows.add(row(t.text("commission.summary.totalPay"), t.money(m.totalPay()), true));
        rows.add(row(t.text("commission.summary.balanceAfter"), t.money(m.ledger().balanceAfter()), false));
        return rows;
    }

    /**
     * The credited deals, with the columns of the XLSX statement ({@link StatementWorkbook#LINE_COLUMNS}):
     * deal, account, product, close date, share, deal amount, credit, commission, SPIF, plan and the
     * source row, then a total line.
     */
    private static Map<String, Object> lines(RepMonth m, StatementText t) {
        List<String> keys = StatementWorkbook.LINE_COLUMNS;
        List<String> numericKeys = List.of("share", "dealAmount", "credit", "commission", "spif");
        List<Map<String, Object>> columns = new ArrayList<>();
        for (String key : keys) {
            columns.add(cell(t.text("commission.column." + key), numericKeys.contains(key)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal commission = BigDecimal.ZERO;
        BigDecimal spif = BigDecimal.ZERO;
        for (CreditLine l : m.lines()) {
            rows.add(Map.of("cells", ordered(t, List.of(code(l.dealId()), cell(l.account(), false),
                    cell(l.product(), false), cell(t.date(l.closeDate()), false), cell(t.rate(l.share()), true),
                    cell(l.dealAmount() == null ? "" : t.money(l.dealAmount()), true), cell(t.money(l.credit()), true),
                    cell(t.money(l.commission()), true), cell(t.money(l.spif()), true), code(l.plan()),
                    cell(source(l.source()), false))), "total", false));
            credit = credit.add(l.credit());
            commission = commission.add(l.commission());
            spif = spif.add(l.spif());
        }
        if (!rows.isEmpty()) {
            rows.add(Map.of("cells", ordered(t, List.of(cell(t.text("commission.column.total"), false), cell("", false),
                    cell("", false), cell("", false), cell("", true), cell("", true), cell(t.money(credit), true),
                    cell(t.money(commission), true), cell(t.money(spif), true), cell("", false), cell("", false))),
                    "total", true));
        }
        return Map.of("columns", ordered(t, columns), "rows", rows);
    }

    private static List<Map<String, Object>> segments(RepMonth m, StatementText t) {
        List<Map<String, Object>> segments = new ArrayList<>();
        for (Segment s : m.segments()) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (CalculationStep step : s.steps()) {
                steps.add(Map.of("text", t.step(step), "amount", t.money(step.amount())));
            }
            if (steps.isEmpty()) {
                // say why the segment pays nothing, instead of a bare zero
                steps.add(Map.of("text", t.text("commission.step.noCredit"), "amount", t.money(s.commission())));
            }
            segments.add(Map.of("title", t.segment(s), "steps", steps, "resultLabel", t.text("commission.step.result"),
                    "result", t.money(s.commission())));
        }
        return segments;
    }

    private static List<Map<String, Object>> clawbacks(RepMonth m, StatementText t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Clawback c : m.clawbacks()) {
            rows.add(Map.of("text", t.clawback(c), "amount", t.money(c.amount())));
        }
        return rows;
    }

    private static List<Map<String, Object>> adjustments(RepMonth m, StatementText t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Adjustment a : m.adjustments()) {
            rows.add(Map.of("text", adjustmentText(a, t), "amount", t.money(a.amount())));
        }
        return rows;
    }

    static String adjustmentText(Adjustment a, StatementText t) {
        return t.month(a.period()) + " \u00B7 " + (a.dealId() == null ? "" : a.dealId() + " \u00B7 ") + t.reason(a.reason())
                + " (" + t.money(a.oldAmount()) + " \u2192 " + t.money(a.newAmount()) + ")";
    }

    static List<String[]> ytd(RepMonth m, StatementText t) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.text("commission.summary.credit"), t.money(m.yearToDate().credit())});
        rows.add(new String[] {t.text("commission.summary.target"), t.money(m.yearToDate().target())});
        rows.add(new String[] {t.text("commission.summary.earned"), t.money(m.yearToDate().earned())});
        rows.add(new String[] {t.text("commission.summary.variablePaid"), t.money(m.yearToDate().variablePaid())});
        rows.add(new String[] {t.text("commission.summary.baseSalary"), t.money(m.yearToDate().baseSalary())});
        rows.add(new String[] {t.text("commission.summary.totalPay"), t.money(m.yearToDate().totalPay())});
        return rows;
    }

    /** @return e.g. {@code crm.xlsx / Deals / 12} */
    static String source(SourceRef s) {
        return s.file() + " / " + s.sheet() + " / " + s.row();
    }

    private static List<Map<String, Object>> pairs(List<String[]> rows) {
        return rows.stream().map(r -> Map.<String, Object>of("label", r[0], "value", r[1])).toList();
    }

    private static Map<String, Object> row(String label, String value, boolean total) {
        return Map.of("label", label, "value", value, "total", total);
    }

    private static Map<String, Object> cell(String text, boolean numeric) {
        return Map.of("text", text == null ? "" : text, "num", numeric, "nowrap", false);
    }

    /** A deal id or plan label: kept on one line, so that "AE-MID v2" is never read as two words. */
    private static Map<String, Object> code(String text) {
        return Map.of("text", text == null ? "" : text, "num", false, "nowrap", true);
    }

    private static <T> List<T> ordered(StatementText t, List<T> cells) {
        if (!t.rightToLeft()) {
            return cells;
        }
        List<T> reversed = new ArrayList<>(cells);
        Collections.reverse(reversed);
        return reversed;
    }
}
