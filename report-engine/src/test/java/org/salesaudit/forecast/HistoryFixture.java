package org.salesaudit.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;

/**
 * Two years of deals: every month from 2024-11 to 2026-10, rep r1 creates two deals of $1,000 on the
 * 1st; the first is won 45 days later, the second lost 60 days later. Deals not closed by the as-of
 * date 2026-10-31 are open, in Product trial; one extra deal created in 2025-01 is still open (stale).
 */
final class HistoryFixture {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    private HistoryFixture() {
    }

    static List<Deal> deals() {
        List<Deal> deals = new ArrayList<>();
        int n = 0;
        for (LocalDate created = LocalDate.of(2024, 11, 1); !created.isAfter(AS_OF); created = created.plusMonths(1)) {
            LocalDate won = created.plusDays(45);
            LocalDate lost = created.plusDays(60);
            deals.add(deal("W" + (++n), created, won, won.isAfter(AS_OF) ? DealStatus.OPEN : DealStatus.WON));
            deals.add(deal("L" + n, created, lost, lost.isAfter(AS_OF) ? DealStatus.OPEN : DealStatus.LOST));
        }
        deals.add(ForecastFixtures.deal("OLD", "r1", "2025-01-10", "2026-12-01", "Product demo", "5000",
                DealStatus.OPEN));
        return deals;
    }

    private static Deal deal(String id, LocalDate created, LocalDate close, DealStatus status) {
        return ForecastFixtures.deal(id, "r1", created.toString(), close.toString(),
                status == DealStatus.OPEN ? "Product trial" : status == DealStatus.WON ? "Won" : "Lost", "1000",
                status);
    }
}
