package org.salesaudit.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;

/** Small hand-made report models for renderer tests; the numbers are easy to find in the output. */
public final class SampleReports {

    public static final Currency USD = Currency.getInstance("USD");

    private SampleReports() {
    }

    /** A report with every kind of value, a table, a skipped section and two problems. */
    public static ReportModel complete() {
        Section pipeline = new Section("pipeline", "section.pipeline.title",
                List.of(
                        new Figure("audit.pipeline_value", "figure.audit.pipeline_value", money("1234567.89")),
                        new Figure("audit.weighted_pipeline", "figure.audit.weighted_pipeline", money("456789.01")),
                        new Figure("audit.open_deals", "figure.audit.open_deals", new Value.Count(42))),
                List.of(new Table("audit.pipeline.by_stage", "table.audit.pipeline.by_stage",
                        List.of(new Column("stage", "column.stage"), new Column("deals", "column.deals"),
                                new Column("value", "column.value"), new Column("probability", "column.probability"),
                                new Column("weighted_value", "column.weighted_value")),
                        List.of(
                                List.of(new Value.Text("Product trial"), new Value.Count(2), money("1000.00"),
                                        ratio("0.6"), money("600.00")),
                                List.of(new Value.Text("=HYPERLINK(\"http://x\")"), new Value.Count(1), money("50.00"),
                                        Value.notAvailable(), money("0.00"))))));
        Section effectiveness = new Section("sales_effectiveness", "section.sales_effectiveness.title",
                List.of(
                        new Figure("audit.window_start", "figure.audit.window_start",
                                new Value.Date(LocalDate.of(2025, 11, 1))),
                        new Figure("audit.window_end", "figure.audit.window_end",
                                new Value.Date(LocalDate.of(2026, 10, 31))),
                        new Figure("audit.win_rate", "figure.audit.win_rate", ratio("0.3125")),
                        new Figure("audit.average_deal_size", "figure.audit.average_deal_size", money("8765.43")),
                        new Figure("audit.median_deal_size", "figure.audit.median_deal_size", Value.notAvailable())),
                List.of());
        Skipped quotas = new Skipped("quota_attainment", "section.quota_attainment.title",
                "skipped.noSheet", List.of("Quotas"));
        return new ReportModel("salesaudit test", LocalDate.of(2026, 10, 31), USD,
                List.of(new InputFile("acme.xlsx", "0".repeat(64),
                        List.of(new InputSheet("Deals", "deals", 1, 1500, 1, List.of("Notes"))))),
                List.of(pipeline, effectiveness, quotas),
                List.of(
                        Problem.error("amount.not_a_number", new CellLocation("acme.xlsx", "Deals", "I57", "Amount"),
                                "an amount", "TBD", "row skipped"),
                        Problem.warning("amount.text", new CellLocation("acme.xlsx", "Deals", "I12", "Amount"),
                                "a number", "$12,500", "read as 12500")));
    }

    /**
     * A report whose forecast section has two empty tables: the quota ranges, explained by a sentence,
     * and the stale deals, shown as an empty table.
     */
    public static ReportModel withEmptyTables() {
        List<Column> columns = List.of(new Column("rep", "forecast.column.rep"), new Column("p50", "forecast.column.p50"));
        Section forecast = new Section("forecast", "section.forecast.title", List.of(),
                List.of(new Table("forecast.quota_attainment", "table.forecast.quota_attainment", columns, List.of())
                                .explainedWhenEmpty("table.forecast.quota_attainment.empty"),
                        new Table("forecast.stale_deals", "table.forecast.stale_deals", columns, List.of())));
        ReportModel complete = complete();
        return new ReportModel(complete.generator(), complete.asOf(), complete.currency(), complete.inputs(),
                List.of(forecast), List.of(), complete.settings());
    }

    public static Value money(String amount) {
        return new Value.Money(new BigDecimal(amount), USD);
    }

    public static Value ratio(String fraction) {
        return new Value.Ratio(new BigDecimal(fraction));
    }
}
