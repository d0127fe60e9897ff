package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesaudit.audit.AuditSettings;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

class ForecastSectionTest {

    private static final AuditSettings SETTINGS = new AuditSettings(HistoryFixture.AS_OF, ForecastFixtures.USD,
            StageProbabilities.defaults());

    private static Section section() {
        SectionOutcome outcome = new ForecastSection(ForecastSettings.defaults())
                .run(ForecastFixtures.data(HistoryFixture.deals()), SETTINGS);
        return assertInstanceOf(Section.class, outcome);
    }

    private static Value figure(Section s, String key) {
        return s.figures().stream().filter(f -> f.key().equals(key)).map(Figure::value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key));
    }

    private static Table table(Section s, String key) {
        return s.tables().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + key));
    }

    @Test
    void theSectionHasTheForecastRangesBacktestAndStaleDeals() {
        Section s = section();
        assertEquals("forecast", s.id());
        assertEquals(new Value.Text("2026-11"), figure(s, "forecast.first_month"));
        assertEquals(new Value.Count(1), figure(s, "forecast.stale_deals"));
        assertEquals(new Value.Money(new BigDecimal("5000.00"), ForecastFixtures.USD), figure(s, "forecast.stale_value"));
        assertEquals(new Value.Quantity(new BigDecimal("45.0")), figure(s, "forecast.typical_cycle_days"));
        assertEquals(List.of(new Value.Text("OLD"), new Value.Text("r1"), new Value.Text("Product demo"),
                new Value.Date(LocalDate.of(2025, 1, 10)), new Value.Count(659),
                new Value.Money(new BigDecimal("5000.00"), ForecastFixtures.USD)),
                table(s, "forecast.stale_deals").rows().get(0));
        Value.Term term = (Value.Term) figure(s, "forecast.trusted_method");
        String trusted = term.code();
        assertEquals("forecast.method." + trusted, term.labelKey());
        String trustedFigure = trusted.equals(Backtest.MONTE_CARLO) ? "forecast.monte_carlo.next_month_p50"
                : "forecast." + trusted + ".next_month";
        assertEquals(figure(s, trustedFigure), figure(s, "forecast.trusted_method.next_month"));
        assertEquals(6, table(s, "forecast.months").rows().size());
        assertEquals(12, table(s, "forecast.backtest.months").rows().size());
        assertEquals(5, table(s, "forecast.backtest.scores").rows().size());
        assertTrue(figure(s, "forecast.backtest.monte_carlo.inside_p10_p90") instanceof Value.Ratio);
        assertEquals(new Value.Count(12), figure(s, "forecast.backtest.monte_carlo.periods"));
        assertEquals(2, s.charts().size());
        assertTrue(s.charts().get(0).series().get(1).points().stream().allMatch(p -> p.low() != null));
    }

    @Test
    void theStalePipelineIsLeftOutOfTheStageWeightedValue() {
        // open, not stale: the two deals created on 2026-10-01 (closing on 15 and 30 November), in
        // Product trial at 60 %: 2 × $1,000 × 0.6; the stale $5,000 deal in Product demo is not counted
        assertEquals(new Value.Money(new BigDecimal("1200.00"), ForecastFixtures.USD),
                figure(section(), "forecast.stage_weighted.pipeline"));
    }

    @Test
    void withoutDealsOrWinsTheSectionIsSkippedWithItsReason() {
        ForecastSection f = new ForecastSection(ForecastSettings.defaults());
        Skipped noSheet = assertInstanceOf(Skipped.class,
                f.run(new SalesData(List.of(), List.of(), List.of(), EnumSet.noneOf(org.salesaudit.model.Dataset.class)),
                        SETTINGS));
        assertEquals("skipped.noSheet", noSheet.reasonKey());
        Deal open = ForecastFixtures.deal("D", "r1", "2026-10-01", null, "Qualified", "100", DealStatus.OPEN);
        Skipped noWins = assertInstanceOf(Skipped.class, f.run(ForecastFixtures.data(List.of(open)), SETTINGS));
        assertEquals("skipped.forecast.noWins", noWins.reasonKey());
        assertEquals(List.of("2026-10-31"), noWins.reasonArgs());
    }

    @Test
    void theBacktestReadsThePipelineOfThePastFromTheStageHistory() {
        Deal d = ForecastFixtures.deal("D", "r1", "2026-02-05", "2026-04-20", "Won", "1000", DealStatus.WON);
        Deal earlier = ForecastFixtures.deal("E", "r1", "2025-12-01", "2026-01-10", "Won", "1000", DealStatus.WON);
        Deal lost = ForecastFixtures.deal("F", "r1", "2025-12-01", "2026-01-10", "Lost", "1000", DealStatus.LOST);
        LocalDate origin = LocalDate.of(2026, 3, 31);
        SalesData withHistory = ForecastFixtures.data(List.of(d, earlier, lost), List.of(), List.of(), List.of(
                ForecastFixtures.change("D", "Qualified", "2026-02-05"),
                ForecastFixtures.change("D", "Product trial", "2026-03-10"),
                ForecastFixtures.change("D", "Won", "2026-04-20")));
        Map<String, BigDecimal> f = NextPeriodForecasts.on(DealIndex.of(withHistory), origin, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        assertEquals(0, new BigDecimal("600").compareTo(f.get("stage_weighted")), "Product trial on 31 March");
        // without stage history the stage on 31 March is unknown: the win rate known then (1 of 2) applies
        SalesData withoutHistory = ForecastFixtures.data(List.of(d, earlier, lost));
        Map<String, BigDecimal> g = NextPeriodForecasts.on(DealIndex.of(withoutHistory), origin, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        assertEquals(0, new BigDecimal("500").compareTo(g.get("stage_weighted")), g.toString());
    }

    @Test
    void leadVolumeIsForecastFromTheLeadsCreatedPerMonthOrSkippedWithTheReason() {
        List<org.salesaudit.model.Lead> leads = new java.util.ArrayList<>();
        // 24 complete months, November 2024 to October 2026, with 10 leads each: a flat series
        for (int m = 0; m < 24; m++) {
            for (int k = 0; k < 10; k++) {
                leads.add(lead("L" + m + "-" + k, LocalDate.of(2024, 11, 1).plusMonths(m).plusDays(k)));
            }
        }
        leads.add(lead("LATE", LocalDate.of(2026, 11, 3))); // after the as-of date: not counted
        SalesData base = ForecastFixtures.data(HistoryFixture.deals());
        EnumSet<org.salesaudit.model.Dataset> present = EnumSet.copyOf(base.present());
        present.add(org.salesaudit.model.Dataset.LEADS);
        SalesData withLeads = new SalesData(base.deals(), base.reps(), base.quotas(), leads, base.stageHistory(),
                List.of(), List.of(), List.of(), present);
        Section s = assertInstanceOf(Section.class,
                new ForecastSection(ForecastSettings.defaults()).run(withLeads, SETTINGS));
        assertEquals(new Value.Quantity(new BigDecimal("10.0")), figure(s, "forecast.leads.next_month"));
        Table t = table(s, "forecast.leads");
        assertEquals(6, t.rows().size());
        assertEquals(new Value.Text("2026-11"), t.rows().get(0).get(0));
        assertTrue(s.charts().stream().anyMatch(c -> c.key().equals("forecast.chart.leads")));
        assertTrue(s.figures().stream().noneMatch(f -> f.key().equals("forecast.leads.skipped")));

        Section without = section();
        assertEquals(Value.notAvailable(), figure(without, "forecast.leads.next_month"));
        assertEquals(new Value.Text(LeadForecast.NO_SHEET), figure(without, "forecast.leads.skipped"));
        assertTrue(without.tables().stream().noneMatch(x -> x.key().equals("forecast.leads")));

        SalesData emptySheet = new SalesData(base.deals(), base.reps(), base.quotas(), List.of(lead("LATE",
                LocalDate.of(2026, 11, 3))), base.stageHistory(), List.of(), List.of(), List.of(), present);
        Section empty = assertInstanceOf(Section.class,
                new ForecastSection(ForecastSettings.defaults()).run(emptySheet, SETTINGS));
        assertEquals(new Value.Text(LeadForecast.NO_LEADS), figure(empty, "forecast.leads.skipped"));
    }

    private static org.salesaudit.model.Lead lead(String id, LocalDate created) {
        return new org.salesaudit.model.Lead(id, created.atTime(9, 0), "Website", null, null, "Lead", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null,
                new org.salesaudit.model.SourceRef("t.xlsx", "Leads", 2));
    }

    @Test
    void withQuartersEveryOutputCountsQuarters() {
        // as of 31 October 2026: Q4 2026 is the first forecast quarter, Q3 the last complete one
        ForecastSettings quarters = ForecastSettings.defaults().withPeriod(ForecastPeriod.QUARTER).withHorizon(4);
        SalesData data = ForecastFixtures.data(HistoryFixture.deals());
        Section s = assertInstanceOf(Section.class, new ForecastSection(quarters).run(data, SETTINGS));
        assertEquals(new Value.Text("2026-Q4"), figure(s, "forecast.first_quarter"));
        assertTrue(s.figures().stream().noneMatch(f -> f.key().endsWith("next_month")));
        Table months = table(s, "forecast.months");
        assertEquals("quarter", months.columns().get(0).key());
        assertEquals(List.of("2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"),
                months.rows().stream().map(r -> ((Value.Text) r.get(0)).text()).toList());
        // one $1,000 deal is won every month: the time series forecasts about $3,000 a quarter
        Value.Money ts = (Value.Money) figure(s, "forecast.time_series.next_quarter");
        assertTrue(ts.amount().subtract(new BigDecimal("3000")).abs().compareTo(new BigDecimal("300")) < 0, ts.toString());
        // the run rate of a quarter is three months of it
        Value.Money rr = (Value.Money) figure(s, "forecast.run_rate.next_quarter");
        Value.Money rrMonth = (Value.Money) figure(section(), "forecast.run_rate.next_month");
        assertEquals(0, rrMonth.amount().multiply(BigDecimal.valueOf(3)).compareTo(rr.amount()));
        // the simulated quarter holds what Q4 already booked in October (the W deal won on 15 October)
        Value.Money p10 = (Value.Money) figure(s, "forecast.monte_carlo.next_quarter_p10");
        assertTrue(p10.amount().compareTo(new BigDecimal("1000")) >= 0, p10.toString());
        // backtest: the last 12 complete quarters that start after the first deal (Q4 2024 … Q3 2026)
        Table backtest = table(s, "forecast.backtest.months");
        assertEquals("2026-Q3", ((Value.Text) backtest.rows().get(backtest.rows().size() - 1).get(0)).text());
        assertEquals(new Value.Money(new BigDecimal("3000.00"), ForecastFixtures.USD),
                backtest.rows().get(backtest.rows().size() - 1).get(1));
        assertEquals("chart.forecast.axis.quarter", s.charts().get(0).x().labelKey());
    }

    @Test
    void aLargePipelineSaysItsRangesComeFromTheCumulants() {
        assertTrue(section().figures().stream().noneMatch(f -> f.key().equals("forecast.monte_carlo.deals_per_future")));
        SectionOutcome outcome = new ForecastSection(ForecastSettings.defaults()).run(
                LargePipelineFixture.data(120, 1200, 5, "2026-11"),
                new AuditSettings(LargePipelineFixture.AS_OF, ForecastFixtures.USD, StageProbabilities.defaults()));
        Section large = assertInstanceOf(Section.class, outcome);
        Value.Count deals = assertInstanceOf(Value.Count.class, figure(large, "forecast.monte_carlo.deals_per_future"));
        assertTrue(deals.count() > MonteCarloForecast.EXACT_LIMIT && deals.count() < 3 * MonteCarloForecast.EXACT_LIMIT,
                deals.toString());
        assertTrue(figure(large, "forecast.monte_carlo.next_month_p50") instanceof Value.Money);
    }
}
