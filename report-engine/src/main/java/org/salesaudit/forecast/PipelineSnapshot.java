package org.salesaudit.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesaudit.model.StageChange;

/**
 * The open pipeline as it was on a past date. A deal was open on {@code date} when it had been
 * created by then and is still open or closed after it. Its stage, amount and expected close date
 * are the last ones its stage history recorded on or before the date; without stage history, a deal
 * still open keeps its current stage, and a deal closed since has an unknown stage (pipeline methods
 * then use the win rate known on the date), with its actual close date as the expected one. Deals
 * without a creation date are left out (their age is unknown).
 */
final class PipelineSnapshot {

    private PipelineSnapshot() {
    }

    static List<OpenDeal> at(DealIndex deals, LocalDate date) {
        return at(deals, date, Long.MAX_VALUE);
    }

    /** @return the deals open on {@code date} that were at most {@code maxAge} days old then */
    static List<OpenDeal> at(DealIndex deals, LocalDate date, long maxAge) {
        Map<String, List<StageChange>> history = deals.stageHistoryByDeal();
        long day = date.toEpochDay();
        List<OpenDeal> open = new ArrayList<>();
        for (int i : deals.openOn(day, maxAge)) {
            long age = day - deals.createdOn(i);
            List<StageChange> changes = history.isEmpty() ? List.of()
                    : history.getOrDefault(deals.deal(i).id(), List.of());
            StageChange last = null;
            for (StageChange c : changes) {
                if (!c.enteredOn().isAfter(date)) {
                    last = c;
                }
            }
            if (last == null && !changes.isEmpty()) {
                last = changes.get(0);
            }
            if (last != null) {
                open.add(new OpenDeal(deals.deal(i), last.stage(), last.amount() != null ? last.amount() : deals.amount(i),
                        last.closeDate() != null ? last.closeDate() : deals.closeDate(i), age));
            } else {
                open.add(new OpenDeal(deals.deal(i), deals.openStage(i), deals.amount(i), deals.closeDate(i), age));
            }
        }
        return open;
    }
}
