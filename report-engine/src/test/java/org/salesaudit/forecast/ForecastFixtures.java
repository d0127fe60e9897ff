package org.salesaudit.forecast;

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
import org.salesaudit.model.StageChange;

/** Hand-made sales data for forecast tests. */
final class ForecastFixtures {

    static final Currency USD = Currency.getInstance("USD");

    private static int row = 1;

    private ForecastFixtures() {
    }

    static Deal deal(String id, String owner, String created, String close, String stage, String amount,
            DealStatus status) {
        return new Deal(id, null, owner, null, created == null ? null : LocalDate.parse(created),
                close == null ? null : LocalDate.parse(close), stage, null, new BigDecimal(amount), USD, status,
                null, null, null, new SourceRef("t.xlsx", "Deals", ++row));
    }

    static StageChange change(String deal, String stage, String on) {
        return new StageChange(deal, stage, LocalDate.parse(on), null, null, new SourceRef("t.xlsx", "History", ++row));
    }

    static Rep rep(String id, String start) {
        return new Rep(id, "Rep " + id, null, null, null, null, start == null ? null : LocalDate.parse(start), null,
                null, new SourceRef("t.xlsx", "Reps", ++row));
    }

    static SalesData data(List<Deal> deals) {
        return new SalesData(deals, List.of(), List.of(), EnumSet.of(Dataset.DEALS));
    }

    /** @return the forecast's index of {@link #data(List) data(deals)} */
    static DealIndex index(List<Deal> deals) {
        return DealIndex.of(data(deals));
    }

    static SalesData data(List<Deal> deals, List<Rep> reps, List<Quota> quotas, List<StageChange> history) {
        EnumSet<Dataset> present = EnumSet.of(Dataset.DEALS);
        if (!reps.isEmpty()) {
            present.add(Dataset.REPS);
        }
        if (!quotas.isEmpty()) {
            present.add(Dataset.QUOTAS);
        }
        return new SalesData(deals, reps, quotas, List.of(), history, List.of(), List.of(), List.of(), present);
    }
}
