package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Axis;
import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Label;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;
import org.salesaudit.stats.PoolAdjacentViolators;
import org.salesaudit.stats.Proportion;

/**
 * Stage-probability calibration. For each stage of the table with a probability below 100 %, the
 * empirical probability is the share won among the closed deals (closed on or before the as-of date)
 * whose stage history entered that stage, with its 95 % Wilson interval. The open pipeline in each
 * stage is weighted at the stated and at the empirical probability; the difference is the money by
 * which the stated table overstates (or, negative, understates) the weighted pipeline. The suggested
 * probability rises with the stage order: the empirical rates of the stages with closed deals, in funnel
 * order, made non-decreasing by the pool-adjacent-violators algorithm weighted by the closed deals per
 * stage (a pooled block's rate is Σ won / Σ closed of its stages), rounded to a whole percent.
 */
public final class StageCalibrationAudit implements Audit {

    static final String ID = "stage_calibration";
    private static final String TITLE = "section.stage_calibration.title";

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.DEALS, Dataset.STAGE_HISTORY);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        StageHistories histories = StageHistories.of(data.stageHistory());
        List<Deal> closed = data.deals().stream()
                .filter(d -> d.status().isClosed())
                .filter(d -> d.closeDate() == null || !d.closeDate().isAfter(settings.asOf()))
                .filter(d -> !histories.of(d.id()).isEmpty())
                .collect(Collectors.toMap(Deal::id, Function.identity(), (a, b) -> a))
                .values().stream().toList();
        if (closed.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.stage_calibration.noClosedHistory", List.of());
        }
        List<StageRow> rows = new ArrayList<>();
        for (String stage : settings.stages().stages()) {
            BigDecimal stated = settings.stages().probability(stage).orElseThrow();
            if (stated.compareTo(BigDecimal.ONE) < 0) {
                rows.add(new StageRow(stage, stated));
            }
        }
        for (Deal deal : closed) {
            Set<String> entered = histories.stagesEntered(deal.id());
            for (StageRow row : rows) {
                if (entered.contains(StageHistories.normalise(row.stage))) {
                    row.closed++;
                    row.won += deal.isWon() ? 1 : 0;
                }
            }
        }
        Map<String, StageRow> byStage = rows.stream()
                .collect(Collectors.toMap(r -> StageHistories.normalise(r.stage), Function.identity()));
        for (Deal deal : data.deals()) {
            if (deal.isOpen() && (deal.created() == null || !deal.created().isAfter(settings.asOf()))) {
                StageRow row = byStage.get(StageHistories.normalise(deal.stage()));
                if (row != null) {
                    row.openDeals++;
                    row.openValue = row.openValue.add(deal.amount());
                }
            }
        }
        suggest(rows);
        return section(rows, closed.size(), settings);
    }

    /**
     * Sets each stage's suggested probability: the weighted isotonic fit of the empirical rates along the
     * funnel (stages without closed deals take no part and get none), exact per block, rounded to two
     * decimals (HALF_UP).
     */
    static void suggest(List<StageRow> rows) {
        List<StageRow> measured = rows.stream().filter(r -> r.closed > 0).toList();
        double[] rates = measured.stream().mapToDouble(r -> (double) r.won / r.closed).toArray();
        double[] weights = measured.stream().mapToDouble(r -> r.closed).toArray();
        int[] blocks = PoolAdjacentViolators.blocks(rates, weights);
        for (int i = 0; i < measured.size();) {
            int j = i;
            long won = 0;
            long closedDeals = 0;
            while (j < measured.size() && blocks[j] == blocks[i]) {
                won += measured.get(j).won;
                closedDeals += measured.get(j).closed;
                j++;
            }
            BigDecimal pooled = BigDecimal.valueOf(won).divide(BigDecimal.valueOf(closedDeals), 2, RoundingMode.HALF_UP);
            for (int k = i; k < j; k++) {
                measured.get(k).suggested = pooled;
            }
            i = j;
        }
    }

    private static Section section(List<StageRow> rows, int closedDeals, AuditSettings settings) {
        BigDecimal stated = Amounts.sum(rows.stream().map(StageRow::weightedStated).toList());
        BigDecimal empirical = Amounts.sum(rows.stream().map(StageRow::weightedEmpirical).toList());
        List<Figure> figures = List.of(
                new Figure("audit.stage_calibration.overstatement", "figure.audit.stage_calibration.overstatement",
                        Amounts.money(stated.subtract(empirical), settings.currency())),
                new Figure("audit.stage_calibration.weighted_stated", "figure.audit.stage_calibration.weighted_stated",
                        Amounts.money(stated, settings.currency())),
                new Figure("audit.stage_calibration.weighted_empirical",
                        "figure.audit.stage_calibration.weighted_empirical",
                        Amounts.money(empirical, settings.currency())),
                new Figure("audit.stage_calibration.closed_deals", "figure.audit.stage_calibration.closed_deals",
                        new Value.Count(closedDeals)));
        List<List<Value>> tableRows = new ArrayList<>();
        List<List<Value>> pipelineRows = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (StageRow r : rows) {
            Proportion p = r.closed == 0 ? null : Proportion.of(r.won, r.closed);
            tableRows.add(List.of(new Value.Text(r.stage), new Value.Ratio(r.stated), new Value.Count(r.closed),
                    new Value.Count(r.won), Amounts.ratio(r.won, r.closed),
                    p == null ? Value.notAvailable() : Amounts.ratio(p.low()),
                    p == null ? Value.notAvailable() : Amounts.ratio(p.high()),
                    r.suggested == null ? Value.notAvailable() : new Value.Ratio(r.suggested)));
            pipelineRows.add(List.of(new Value.Text(r.stage), new Value.Count(r.openDeals),
                    Amounts.money(r.openValue, settings.currency()),
                    Amounts.money(r.weightedStated(), settings.currency()),
                    Amounts.money(r.weightedEmpirical(), settings.currency()),
                    Amounts.money(r.weightedStated().subtract(r.weightedEmpirical()), settings.currency())));
            if (p != null && r.openDeals > 0 && !p.contains(r.stated.doubleValue())) {
                findings.add(finding(r, p, settings));
            }
        }
        Table table = new Table("audit.stage_calibration.stages", "table.audit.stage_calibration.stages", List.of(
                new Column("stage", "column.stage"), new Column("stated", "column.stated_probability"),
                new Column("closed_deals", "column.closed_deals"), new Column("won", "column.won"),
                new Column("empirical", "column.empirical_probability"), new Column("low", "column.ci_low"),
                new Column("high", "column.ci_high"), new Column("suggested", "column.suggested_probability")),
                tableRows);
        Table pipeline = new Table("audit.stage_calibration.pipeline", "table.audit.stage_calibration.pipeline",
                List.of(new Column("stage", "column.stage"), new Column("open_deals", "column.open_deals"),
                        new Column("open_value", "column.value"), new Column("weighted_stated", "column.weighted_stated"),
                        new Column("weighted_empirical", "column.weighted_empirical"),
                        new Column("overstatement", "column.overstatement")), pipelineRows);
        return new Section(ID, TITLE, figures, List.of(table, pipeline), List.of(chart(rows)), findings);
    }

    private static Finding finding(StageRow r, Proportion p, AuditSettings settings) {
        BigDecimal difference = r.weightedStated().subtract(r.weightedEmpirical());
        String key = difference.signum() >= 0 ? "finding.stage_calibration.overstated"
                : "finding.stage_calibration.understated";
        Value.Money money = (Value.Money) Amounts.money(difference.abs(), settings.currency());
        return new Finding(ID, key, List.of(new Value.Text(r.stage), new Value.Ratio(r.stated),
                Amounts.ratio(r.won, r.closed), Amounts.ratio(p.low()), Amounts.ratio(p.high()), money),
                money.amount());
    }

    private static Chart chart(List<StageRow> rows) {
        List<ChartPoint> stated = new ArrayList<>();
        List<ChartPoint> empirical = new ArrayList<>();
        for (StageRow r : rows) {
            stated.add(ChartPoint.category(Label.literal(r.stage), r.stated));
            if (r.closed > 0) {
                Proportion p = Proportion.of(r.won, r.closed);
                empirical.add(new ChartPoint(Label.literal(r.stage), null,
                        Amounts.decimal(p.estimate(), Amounts.RATIO_SCALE),
                        Amounts.decimal(p.low(), Amounts.RATIO_SCALE), Amounts.decimal(p.high(), Amounts.RATIO_SCALE)));
            }
        }
        return new Chart("audit.stage_calibration.chart", "chart.audit.stage_calibration", ChartKind.BAR,
                new Axis("column.stage", AxisScale.CATEGORY), new Axis("column.probability", AxisScale.RATIO),
                List.of(new ChartSeries(Label.ofKey("column.stated_probability"), stated, false),
                        new ChartSeries(Label.ofKey("column.empirical_probability"), empirical, false)),
                "chart.audit.stage_calibration.alt", List.of(Integer.toString(rows.size())));
    }

    /** The counts and open pipeline of one stage. */
    static final class StageRow {
        final String stage;
        final BigDecimal stated;
        long closed;
        long won;
        long openDeals;
        BigDecimal openValue = BigDecimal.ZERO;
        /** The monotone suggestion, two decimals; {@code null} without closed deals. */
        BigDecimal suggested;

        StageRow(String stage, BigDecimal stated) {
            this.stage = stage;
            this.stated = stated;
        }

        /** @return won / closed with full precision, or the stated probability without closed deals */
        BigDecimal empirical() {
            return closed == 0 ? stated
                    : BigDecimal.valueOf(won).divide(BigDecimal.valueOf(closed), 10, RoundingMode.HALF_UP);
        }

        BigDecimal weightedStated() {
            return openValue.multiply(stated);
        }

        BigDecimal weightedEmpirical() {
            return openValue.multiply(empirical());
        }
    }
}
