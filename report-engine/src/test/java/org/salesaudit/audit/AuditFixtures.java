package org.salesaudit.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Quota;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Value;

/** Hand-made data for audit tests. */
final class AuditFixtures {

    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final AuditSettings SETTINGS = new AuditSettings(AS_OF, USD, StageProbabilities.defaults());

    private static int row = 1;

    private AuditFixtures() {
    }

    static Deal deal(String id, String owner, String created, String close, String stage, String amount,
            DealStatus status) {
        return new Deal(id, null, owner, null, created == null ? null : LocalDate.parse(created),
                close == null ? null : LocalDate.parse(close), stage, null, new BigDecimal(amount), USD, status,
                null, null, null, new SourceRef("t.xlsx", "Deals", ++row));
    }

    static SalesData data(List<Deal> deals, List<Rep> reps, List<Quota> quotas) {
        EnumSet<Dataset> present = EnumSet.of(Dataset.DEALS);
        if (!reps.isEmpty()) {
            present.add(Dataset.REPS);
        }
        if (!quotas.isEmpty()) {
            present.add(Dataset.QUOTAS);
        }
        return new SalesData(deals, reps, quotas, present);
    }

    static Value figure(SectionOutcome outcome, String key) {
        return ((Section) outcome).figures().stream().filter(f -> f.key().equals(key)).map(Figure::value)
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + key));
    }

    static Value money(String amount) {
        return new Value.Money(new BigDecimal(amount), USD);
    }

    static Value ratio(String fraction) {
        return new Value.Ratio(new BigDecimal(fraction));
    }
}
