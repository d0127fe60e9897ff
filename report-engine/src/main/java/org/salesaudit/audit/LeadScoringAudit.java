package org.salesaudit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.Lead;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;
import org.salesaudit.stats.RocAuc;

/**
 * Lead scoring: the points model of the settings ({@link ScoringModel}) applied to every lead created on
 * or before the as-of date whose outcome is known — positive when it became a customer, negative when it
 * was disqualified or recycled — and how well the score separates the two: the area under the ROC curve
 * with its 95 % interval ({@link RocAuc}), and at the threshold (and 5 and 10 points either side) the
 * share of leads handed to sales, their precision (share that became customers) and the recall (share
 * of customers handed over).
 */
public final class LeadScoringAudit implements Audit {

    static final String ID = "lead_scoring";
    private static final String TITLE = "section.lead_scoring.title";
    private static final int[] THRESHOLD_OFFSETS = {-10, -5, 0, 5, 10};

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.LEADS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        ScoringModel model = settings.scoring();
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (Lead lead : data.leads()) {
            if (lead.created() == null || lead.created().toLocalDate().isAfter(settings.asOf())
                    || !ScoringModel.hasAttributes(lead)) {
                continue;
            }
            if (FunnelStep.CUSTOMER.reachedBy(lead)) {
                positives.add(model.score(lead));
            } else if (isDropped(lead)) {
                negatives.add(model.score(lead));
            }
        }
        if (positives.isEmpty() || negatives.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.lead_scoring.noOutcomes", List.of());
        }
        RocAuc auc = RocAuc.of(positives.stream().mapToDouble(Integer::doubleValue).toArray(),
                negatives.stream().mapToDouble(Integer::doubleValue).toArray());
        List<Figure> figures = List.of(
                new Figure("audit.lead_scoring.customers", "figure.audit.lead_scoring.customers",
                        new Value.Count(positives.size())),
                new Figure("audit.lead_scoring.dropped", "figure.audit.lead_scoring.dropped",
                        new Value.Count(negatives.size())),
                new Figure("audit.lead_scoring.threshold", "figure.audit.lead_scoring.threshold",
                        new Value.Count(model.threshold())),
                new Figure("audit.lead_scoring.auc", "figure.audit.lead_scoring.auc", Amounts.quantity(auc.auc(), 3)),
                new Figure("audit.lead_scoring.auc_low", "figure.audit.ci_low", Amounts.quantity(auc.low(), 3)),
                new Figure("audit.lead_scoring.auc_high", "figure.audit.ci_high", Amounts.quantity(auc.high(), 3)),
                new Figure("audit.lead_scoring.p_value", "figure.audit.lead_scoring.p_value",
                        Amounts.quantity(auc.pValue(), 6)),
                new Figure("audit.lead_scoring.precision", "figure.audit.lead_scoring.precision",
                        precision(positives, negatives, model.threshold())),
                new Figure("audit.lead_scoring.recall", "figure.audit.lead_scoring.recall",
                        recall(positives, model.threshold())));
        List<List<Value>> rows = new ArrayList<>();
        for (int offset : THRESHOLD_OFFSETS) {
            int t = model.threshold() + offset;
            long handed = count(positives, t) + count(negatives, t);
            rows.add(List.of(new Value.Count(t), new Value.Count(handed),
                    Amounts.ratio(handed, positives.size() + negatives.size()), precision(positives, negatives, t),
                    recall(positives, t)));
        }
        Table table = new Table("audit.lead_scoring.thresholds", "table.audit.lead_scoring.thresholds", List.of(
                new Column("threshold", "column.threshold"), new Column("handed_to_sales", "column.handed_to_sales"),
                new Column("share", "column.share"), new Column("precision", "column.precision"),
                new Column("recall", "column.recall")), rows);
        List<Finding> findings = new ArrayList<>();
        if (auc.low() <= 0.5) {
            findings.add(new Finding(ID, "finding.lead_scoring.no_separation", List.of(Amounts.quantity(auc.auc(), 2),
                    Amounts.quantity(auc.low(), 2), Amounts.quantity(auc.high(), 2)), null));
        }
        return new Section(ID, TITLE, figures, List.of(table), List.of(), findings);
    }

    /** A lead that left the funnel without becoming a customer: disqualified or recycled. */
    private static boolean isDropped(Lead lead) {
        if (lead.disqualifiedDate() != null) {
            return true;
        }
        String stage = lead.stage() == null ? "" : lead.stage().strip().toLowerCase(Locale.ROOT);
        return stage.equals("disqualified") || stage.equals("recycled");
    }

    private static long count(List<Integer> scores, int threshold) {
        return scores.stream().filter(s -> s >= threshold).count();
    }

    private static Value precision(List<Integer> positives, List<Integer> negatives, int threshold) {
        return Amounts.ratio(count(positives, threshold), count(positives, threshold) + count(negatives, threshold));
    }

    private static Value recall(List<Integer> positives, int threshold) {
        return Amounts.ratio(count(positives, threshold), positives.size());
    }
}
