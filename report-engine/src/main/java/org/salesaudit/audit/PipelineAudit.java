package org.salesaudit.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Pipeline value and weighted pipeline: the open deals on the as-of date, each weighted by its
 * stage's probability (the deal's own stated probability when its stage is not in the table, else 0).
 */
public final class PipelineAudit implements Audit {

    static final String ID = "pipeline";
    private static final String TITLE = "section.pipeline.title";

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.DEALS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        List<Deal> open = data.deals().stream()
                .filter(Deal::isOpen)
                .filter(d -> d.created() == null || !d.created().isAfter(settings.asOf()))
                .toList();
        Map<String, StageTotals> byStage = new TreeMap<>();
        for (Deal deal : open) {
            String stage = deal.stage() == null ? "" : deal.stage().strip();
            byStage.computeIfAbsent(stage, s -> new StageTotals(s, settings.stages().probability(s)))
                    .add(deal, probability(deal, settings));
        }
        BigDecimal value = Amounts.sum(open.stream().map(Deal::amount).toList());
        BigDecimal weighted = Amounts.sum(byStage.values().stream().map(t -> t.weighted).toList());
        List<Figure> figures = List.of(
                new Figure("audit.pipeline_value", "figure.audit.pipeline_value", Amounts.money(value, settings.currency())),
                new Figure("audit.weighted_pipeline", "figure.audit.weighted_pipeline",
                        Amounts.money(weighted, settings.currency())),
                new Figure("audit.open_deals", "figure.audit.open_deals", new Value.Count(open.size())));
        return new Section(ID, TITLE, figures, List.of(stageTable(byStage, settings)));
    }

    /** @return the table probability of the deal's stage, else its own stated probability, else 0 */
    static BigDecimal probability(Deal deal, AuditSettings settings) {
        Optional<BigDecimal> table = settings.stages().probability(deal.stage());
        return table.or(() -> Optional.ofNullable(deal.statedProbability())).orElse(BigDecimal.ZERO);
    }

    private static Table stageTable(Map<String, StageTotals> byStage, AuditSettings settings) {
        List<StageTotals> stages = new ArrayList<>(byStage.values());
        stages.sort(Comparator.comparingInt((StageTotals t) -> settings.stages().rank(t.stage))
                .thenComparing(t -> t.stage));
        List<List<Value>> rows = new ArrayList<>();
        for (StageTotals t : stages) {
            rows.add(List.of(
                    new Value.Text(t.stage.isEmpty() ? "\u2013" : t.stage),
                    new Value.Count(t.deals),
                    Amounts.money(t.value, settings.currency()),
                    t.tableProbability.<Value>map(Value.Ratio::new).orElseGet(Value::notAvailable),
                    Amounts.money(t.weighted, settings.currency())));
        }
        return new Table("audit.pipeline.by_stage", "table.audit.pipeline.by_stage",
                List.of(new Column("stage", "column.stage"), new Column("deals", "column.deals"),
                        new Column("value", "column.value"), new Column("probability", "column.probability"),
                        new Column("weighted_value", "column.weighted_value")),
                rows);
    }

    private static final class StageTotals {
        final String stage;
        final Optional<BigDecimal> tableProbability;
        long deals;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;

        StageTotals(String stage, Optional<BigDecimal> tableProbability) {
            this.stage = stage;
            this.tableProbability = tableProbability;
        }

        void add(Deal deal, BigDecimal probability) {
            deals++;
            value = value.add(deal.amount());
            weighted = weighted.add(deal.amount().multiply(probability));
        }
    }
}
