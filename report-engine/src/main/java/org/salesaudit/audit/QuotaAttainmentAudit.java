package org.salesaudit.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Quota attainment per rep over the quota periods that lie wholly within the analysis window: the
 * rep's won bookings closed within their own quota periods, divided by the sum of those quotas (so
 * a rep hired mid-year is measured only on the months they had a quota). The attainment rate is the
 * share of reps with a quota who reached at least 100 %.
 */
public final class QuotaAttainmentAudit implements Audit {

    static final String ID = "quota_attainment";
    private static final String TITLE = "section.quota_attainment.title";

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.QUOTAS, Dataset.DEALS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings settings) {
        List<Quota> quotas = data.quotas().stream()
                .filter(q -> !q.period().start().isBefore(settings.windowStart())
                        && !q.period().endInclusive().isAfter(settings.asOf()))
                .toList();
        if (quotas.isEmpty()) {
            return new Skipped(ID, TITLE, "skipped.noQuotaPeriods", List.of(settings.asOf().toString()));
        }
        Map<String, RepTotals> byRep = new TreeMap<>();
        for (Quota q : quotas) {
            byRep.computeIfAbsent(q.repId(), RepTotals::new).addQuota(q);
        }
        Map<String, RepTotals> byId = new HashMap<>(byRep);
        for (Deal deal : data.deals()) {
            if (deal.isWon() && deal.ownerId() != null && deal.closeDate() != null) {
                RepTotals rep = byId.get(deal.ownerId());
                if (rep != null) {
                    rep.addIfInPeriod(deal);
                }
            }
        }
        return section(data, settings, quotas, new ArrayList<>(byRep.values()));
    }

    private static Section section(SalesData data, AuditSettings settings, List<Quota> quotas, List<RepTotals> reps) {
        BigDecimal totalQuota = Amounts.sum(reps.stream().map(r -> r.quota).toList());
        BigDecimal totalBookings = Amounts.sum(reps.stream().map(r -> r.bookings).toList());
        List<RepTotals> withQuota = reps.stream().filter(r -> r.quota.signum() > 0).toList();
        long atQuota = withQuota.stream().filter(r -> r.bookings.compareTo(r.quota) >= 0).count();
        Period first = quotas.stream().map(Quota::period).min(Comparator.naturalOrder()).orElseThrow();
        Period last = quotas.stream().map(Quota::period).max(Comparator.naturalOrder()).orElseThrow();
        List<Figure> figures = List.of(
                new Figure("audit.quota_attainment.period_start", "figure.audit.quota_attainment.period_start",
                        new Value.Date(first.start())),
                new Figure("audit.quota_attainment.period_end", "figure.audit.quota_attainment.period_end",
                        new Value.Date(last.endInclusive())),
                new Figure("audit.quota_attainment.reps_with_quota", "figure.audit.quota_attainment.reps_with_quota",
                        new Value.Count(withQuota.size())),
                new Figure("audit.quota_attainment.team", "figure.audit.quota_attainment.team",
                        Amounts.ratio(totalBookings, totalQuota)),
                new Figure("audit.quota_attainment.rate", "figure.audit.quota_attainment.rate",
                        Amounts.ratio(atQuota, withQuota.size())));
        reps.sort(Comparator.comparing((RepTotals r) -> r.attainment().orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(r -> r.repId));
        List<List<Value>> rows = new ArrayList<>();
        for (RepTotals r : reps) {
            Optional<Rep> rep = data.rep(r.repId);
            rows.add(List.of(
                    new Value.Text(r.repId),
                    new Value.Text(rep.map(Rep::displayName).orElse(r.repId)),
                    new Value.Text(rep.map(Rep::team).orElse("")),
                    Amounts.money(r.quota, settings.currency()),
                    Amounts.money(r.bookings, settings.currency()),
                    Amounts.ratio(r.bookings, r.quota)));
        }
        Table table = new Table("audit.quota_attainment.reps", "table.audit.quota_attainment.reps",
                List.of(new Column("rep_id", "column.rep_id"), new Column("rep_name", "column.rep_name"),
                        new Column("team", "column.team"), new Column("quota", "column.quota"),
                        new Column("bookings", "column.bookings"), new Column("attainment", "column.attainment")),
                rows);
        return new Section(ID, TITLE, figures, List.of(table));
    }

    private static final class RepTotals {
        final String repId;
        final List<Period> periods = new ArrayList<>();
        BigDecimal quota = BigDecimal.ZERO;
        BigDecimal bookings = BigDecimal.ZERO;

        RepTotals(String repId) {
            this.repId = repId;
        }

        void addQuota(Quota q) {
            quota = quota.add(q.amount());
            periods.add(q.period());
        }

        void addIfInPeriod(Deal deal) {
            for (Period p : periods) {
                if (p.contains(deal.closeDate())) {
                    bookings = bookings.add(deal.amount());
                    return;
                }
            }
        }

        Optional<BigDecimal> attainment() {
            return quota.signum() == 0 ? Optional.empty()
                    : Optional.of(bookings.divide(quota, Amounts.RATIO_SCALE, java.math.RoundingMode.HALF_UP));
        }
    }
}
