package org.salesaudit.commission.statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.salesaudit.commission.calculation.Adjustment;
import org.salesaudit.commission.calculation.CalculationStep;
import org.salesaudit.commission.calculation.Clawback;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.calculation.Segment;
import org.salesaudit.model.SourceRef;
import org.salesaudit.commission.statements.StatementContent.Cell;
import org.salesaudit.commission.statements.StatementContent.Pair;
import org.salesaudit.commission.statements.StatementContent.Row;
import org.salesaudit.commission.statements.StatementContent.SegmentBlock;

/**
 * Builds the {@link StatementContent} of a statement, and the texts the XLSX statement shares with it.
 */
public final class StatementDocument {

    private StatementDocument() {
    }

    /** @return the statement's content, in the order the PDF shows it */
    public static StatementContent build(RepMonth m, StatementText t, String generator, List<String> inputs) {
        return new StatementContent(t.locale().getLanguage(), t.rightToLeft(), t.text("commission.statement.title"),
                m.rep().displayName() + " \u00B7 " + t.month(m.month()), pairs(header(m, t)),
                t.text("commission.summary.title"), summary(m, t), t.text("commission.lines.title"),
                t.text("commission.lines.none"), columns(t), m.lines().isEmpty() ? List.of() : lines(m, t),
                t.text("commission.calculation.title"), segments(m, t), t.text("commission.clawbacks.title"),
                clawbacks(m, t), t.text("commission.adjustments.title"), adjustments(m, t),
                t.text("commission.ytd.title", t.month(m.month())), pairs(ytd(m, t)), t.roundingNote(),
                t.text("commission.statement.generated", generator, String.join(", ", inputs)), t.text("report.page"),
                t.text("report.pageOf"));
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

    /** The summary, with its total lines (earned, variable paid, total pay). */
    static List<Pair> summary(RepMonth m, StatementText t) {
        List<Pair> rows = new ArrayList<>();
        rows.add(new Pair(t.text("commission.summary.credit"), t.money(m.credit()), false));
        rows.add(new Pair(t.text("commission.summary.target"), t.money(m.target()), false));
        rows.add(new Pair(t.text("commission.summary.attainment"), t.attainment(m.attainment()), false));
        rows.add(new Pair(t.text("commission.summary.commission"), t.money(m.commission()), false));
        rows.add(new Pair(t.text("commission.summary.spif"), t.money(m.spif()), false));
        rows.add(new Pair(t.text("commission.summary.clawbacks"), t.money(m.clawbackTotal()), false));
        rows.add(new Pair(t.text("commission.summary.adjustments"), t.money(m.adjustmentTotal()), false));
        rows.add(new Pair(t.text("commission.summary.earned"), t.money(m.earned()), true));
        rows.add(new Pair(t.text("commission.summary.balanceBefore"), t.money(m.balanceBefore()), false));
        rows.add(new Pair(t.text("commission.summary.drawTopUp"), t.money(m.ledger().drawTopUp()), false));
        rows.add(new Pair(t.text("commission.summary.recovered"), t.money(m.ledger().recovered().negate()), false));
        rows.add(new Pair(t.text("commission.summary.variablePaid"), t.money(m.ledger().paid()), true));
        rows.add(new Pair(t.text("commission.summary.baseSalary"), t.money(m.baseSalary()), false));
        rows.add(new Pair(t.text("commission.summary.totalPay"), t.money(m.totalPay()), true));
        rows.add(new Pair(t.text("commission.summary.balanceAfter"), t.money(m.ledger().balanceAfter()), false));
        return rows;
    }

    /** The headers of the deal lines, the columns of the XLSX statement ({@link StatementWorkbook#LINE_COLUMNS}). */
    private static List<Cell> columns(StatementText t) {
        List<Cell> columns = new ArrayList<>();
        for (String key : StatementWorkbook.LINE_COLUMNS) {
            columns.add(new Cell(t.text("commission.column." + key), NUMERIC_COLUMNS.contains(key), false));
        }
        return columns;
    }

    private static final List<String> NUMERIC_COLUMNS = List.of("share", "dealAmount", "credit", "commission", "spif");

    /**
     * The credited deals: deal, account, product, close date, share, deal amount, credit, commission,
     * SPIF, plan and the source row, then a total line.
     */
    private static List<Row> lines(RepMonth m, StatementText t) {
        List<Row> rows = new ArrayList<>(m.lines().size() + 1);
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal commission = BigDecimal.ZERO;
        BigDecimal spif = BigDecimal.ZERO;
        for (CreditLine l : m.lines()) {
            rows.add(new Row(List.of(code(l.dealId()), text(l.account()), text(l.product()), text(t.date(l.closeDate())),
                    number(t.rate(l.share())), number(l.dealAmount() == null ? "" : t.money(l.dealAmount())),
                    number(t.money(l.credit())), number(t.money(l.commission())), number(t.money(l.spif())),
                    code(l.plan()), text(source(l.source()))), false));
            credit = credit.add(l.credit());
            commission = commission.add(l.commission());
            spif = spif.add(l.spif());
        }
        rows.add(new Row(List.of(text(t.text("commission.column.total")), text(""), text(""), text(""), number(""),
                number(""), number(t.money(credit)), number(t.money(commission)), number(t.money(spif)), text(""),
                text("")), true));
        return rows;
    }

    private static List<SegmentBlock> segments(RepMonth m, StatementText t) {
        List<SegmentBlock> segments = new ArrayList<>();
        for (Segment s : m.segments()) {
            List<Pair> steps = new ArrayList<>();
            for (CalculationStep step : s.steps()) {
                steps.add(new Pair(t.step(step), t.money(step.amount()), false));
            }
            if (steps.isEmpty()) {
                // say why the segment pays nothing, instead of a bare zero
                steps.add(new Pair(t.text("commission.step.noCredit"), t.money(s.commission()), false));
            }
            steps.add(new Pair(t.text("commission.step.result"), t.money(s.commission()), true));
            segments.add(new SegmentBlock(t.segment(s), steps));
        }
        return segments;
    }

    private static List<Pair> clawbacks(RepMonth m, StatementText t) {
        List<Pair> rows = new ArrayList<>();
        for (Clawback c : m.clawbacks()) {
            rows.add(new Pair(t.clawback(c), t.money(c.amount()), false));
        }
        return rows;
    }

    private static List<Pair> adjustments(RepMonth m, StatementText t) {
        List<Pair> rows = new ArrayList<>();
        for (Adjustment a : m.adjustments()) {
            rows.add(new Pair(adjustmentText(a, t), t.money(a.amount()), false));
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

    private static List<Pair> pairs(List<String[]> rows) {
        return rows.stream().map(r -> new Pair(r[0], r[1], false)).toList();
    }

    private static Cell text(String text) {
        return new Cell(text == null ? "" : text, false, false);
    }

    private static Cell number(String text) {
        return new Cell(text, true, false);
    }

    /** A deal id or plan label: kept on one line. */
    private static Cell code(String text) {
        return new Cell(text == null ? "" : text, false, true);
    }
}
