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
        String trusted = ((Value.Text) figure(s, "forecast.trusted_method")).text();
        assertEquals(figure(s, "forecast." + trusted + ".next_month"), figure(s, "forecast.trusted_method.next_month"));
        assertEquals(6, table(s, "forecast.months").rows().size());
        assertEquals(12, table(s, "forecast.backtest.months").rows().size());
        assertEquals(4, table(s, "forecast.backtest.scores").rows().size());
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
        Map<String, BigDecimal> f = NextMonthForecasts.on(withHistory, origin, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        assertEquals(0, new BigDecimal("600").compareTo(f.get("stage_weighted")), "Product trial on 31 March");
        // without stage history the stage on 31 March is unknown: the win rate known then (1 of 2) applies
        SalesData withoutHistory = ForecastFixtures.data(List.of(d, earlier, lost));
        Map<String, BigDecimal> g = NextMonthForecasts.on(withoutHistory, origin, ForecastSettings.defaults(),
                StageProbabilities.defaults());
        assertEquals(0, new BigDecimal("500").compareTo(g.get("stage_weighted")), g.toString());
    }
}
