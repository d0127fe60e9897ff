package org.salesaudit.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.salesaudit.model.StageChange;

/** The stage history grouped by deal, each deal's changes in the order they happened. */
final class StageHistories {

    private final Map<String, List<StageChange>> byDeal;

    private StageHistories(Map<String, List<StageChange>> byDeal) {
        this.byDeal = byDeal;
    }

    static StageHistories of(List<StageChange> changes) {
        Map<String, List<StageChange>> byDeal = new TreeMap<>();
        for (StageChange change : changes) {
            byDeal.computeIfAbsent(change.dealId().strip(), d -> new ArrayList<>()).add(change);
        }
        Comparator<StageChange> order = Comparator.comparing(StageChange::enteredOn)
                .thenComparingInt(c -> c.source().row());
        byDeal.values().forEach(list -> list.sort(order));
        return new StageHistories(byDeal);
    }

    /** @return the deal's changes in order, empty when the history does not have the deal */
    List<StageChange> of(String dealId) {
        return byDeal.getOrDefault(dealId == null ? "" : dealId.strip(), List.of());
    }

    /** @return the stages the deal entered, normalised (trimmed, lower case), in order */
    Set<String> stagesEntered(String dealId) {
        Set<String> stages = new LinkedHashSet<>();
        for (StageChange change : of(dealId)) {
            stages.add(normalise(change.stage()));
        }
        return stages;
    }

    /**
     * @return how many times the expected close date of an open deal was moved later: each change whose
     *         close date is after the latest one recorded before it counts once
     */
    int closeDatePushes(String dealId) {
        int pushes = 0;
        LocalDate latest = null;
        for (StageChange change : of(dealId)) {
            if (change.closeDate() == null) {
                continue;
            }
            if (latest != null && change.closeDate().isAfter(latest)) {
                pushes++;
            }
            if (latest == null || change.closeDate().isAfter(latest)) {
                latest = change.closeDate();
            }
        }
        return pushes;
    }

    static String normalise(String stage) {
        return stage == null ? "" : stage.strip().toLowerCase(Locale.ROOT);
    }
}
