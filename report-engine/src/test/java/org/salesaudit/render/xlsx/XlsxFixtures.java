package org.salesaudit.render.xlsx;

import static org.salesaudit.report.SampleReports.money;
import static org.salesaudit.report.SampleReports.ratio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.InputFile;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.SampleReports;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/** Report models for the XLSX renderer's own cases; the general sample is {@link SampleReports}. */
final class XlsxFixtures {

    static final List<Column> ATTAINMENT_COLUMNS = List.of(
            new Column("rep_id", "column.rep_id"), new Column("rep_name", "column.rep_name"),
            new Column("quota", "column.quota"), new Column("bookings", "column.bookings"),
            new Column("attainment", "column.attainment"));

    private XlsxFixtures() {
    }

    static ReportModel model(List<SectionOutcome> sections, List<Problem> problems) {
        return new ReportModel("salesaudit test", LocalDate.of(2026, 10, 31), SampleReports.USD,
                List.of(new InputFile("acme.xlsx", "ab".repeat(32))), sections, problems);
    }

    /** Two reps with quotas: team attainment 165,000 / 180,000. */
    static ReportModel attainment() {
        return model(List.of(attainmentSection(List.of(
                List.of(new Value.Text("R1"), new Value.Text("Ann"), money("100000.00"), money("125000.00"),
                        ratio("1.25")),
                List.of(new Value.Text("R2"), new Value.Text("Bob"), money("80000.00"), money("40000.00"),
                        ratio("0.5"))))), List.of());
    }

    /** Quotas that add up to zero: the team attainment is the empty text, not #DIV/0!. */
    static ReportModel zeroQuota() {
        return model(List.of(attainmentSection(List.of(
                List.of(new Value.Text("R1"), new Value.Text("Ann"), money("0.00"), money("500.00"),
                        Value.notAvailable())))), List.of());
    }

    private static Section attainmentSection(List<List<Value>> rows) {
        return new Section("quota_attainment", "section.quota_attainment.title",
                List.of(new Figure("audit.quota_attainment.team", "figure.audit.quota_attainment.team",
                        ratio("0.9167"))),
                List.of(new Table("audit.quota_attainment.reps", "table.audit.quota_attainment.reps",
                        ATTAINMENT_COLUMNS, rows)));
    }

    /**
     * Amounts whose double sum differs from their exact decimal sum (0.1 + 0.2 is 0.30000000000000004
     * in doubles, as in Excel), a mixed-currency column that must not be summed, and counts.
     */
    static ReportModel awkwardSums() {
        Table table = new Table("audit.pipeline.by_stage", "table.audit.pipeline.by_stage",
                List.of(new Column("stage", "column.stage"), new Column("deals", "column.deals"),
                        new Column("value", "column.value"), new Column("weighted_value", "column.weighted_value")),
                List.of(
                        List.of(new Value.Text("a"), new Value.Count(1), money("0.10"),
                                new Value.Money(new BigDecimal("5.00"), Currency.getInstance("EUR"))),
                        List.of(new Value.Text("b"), Value.notAvailable(), money("0.20"), money("7.00"))));
        return model(List.of(new Section("pipeline", "section.pipeline.title", List.of(), List.of(table))), List.of());
    }

    /**
     * Two sections with the same title (their sheets need distinct names), the second with two tables,
     * and text that must stay text.
     */
    static ReportModel twoTablesAndHostileText() {
        Table first = new Table("audit.pipeline.by_stage", "table.audit.pipeline.by_stage",
                List.of(new Column("stage", "column.stage"), new Column("deals", "column.deals")),
                List.of(
                        List.of(new Value.Text("+1"), new Value.Count(1)),
                        List.of(new Value.Text("-2"), new Value.Count(2)),
                        List.of(new Value.Text("@SUM(A1)"), new Value.Count(3)),
                        List.of(new Value.Text("\uFF1D1+1"), new Value.Count(4)),
                        List.of(new Value.Text("bell\u0007 and nul\u0000"), new Value.Count(5)),
                        List.of(new Value.Text("x".repeat(40_000)), new Value.Count(6))));
        Table second = new Table("audit.quota_attainment.reps", "table.audit.quota_attainment.reps",
                List.of(new Column("team", "column.team"), new Column("deals", "column.deals")),
                List.of(List.of(new Value.Text("East"), new Value.Count(7))));
        Section once = new Section("pipeline", "section.pipeline.title", List.of(), List.of(first));
        Section twice = new Section("pipeline2", "section.pipeline.title", List.of(), List.of(first, second));
        Problem hostile = Problem.error("amount.not_a_number",
                new CellLocation("=evil.xlsx", "Deals", "B2", "Amount"), "an amount",
                "=cmd|' /C calc'!A0", "row skipped");
        Problem fileOnly = Problem.warning("file.empty", CellLocation.ofFile("empty.xlsx"), "rows", null, null);
        return model(List.of(once, twice), List.of(hostile, fileOnly));
    }

    /** No sections, no inputs, no problems. */
    static ReportModel empty() {
        return new ReportModel("salesaudit test", LocalDate.of(2026, 10, 31), SampleReports.USD,
                List.of(), List.of(), List.of());
    }
}
