package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.Deal;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.StageChange;

/**
 * The empirical (calibrated) stage probabilities: for each stage, the share won among the deals
 * closed by the date that ever entered it, from the stage history. Stated probabilities are usually
 * overstated; this table shows by how much. Empty without stage history.
 */
final class CalibratedStages {

    /** A stage with the deals that reached it and closed, and how many of those were won. */
    record StageRecord(String stage, long closed, long won) {
        BigDecimal probability() {
            return BigDecimal.valueOf(won).divide(BigDecimal.valueOf(closed), Money.RATIO_SCALE, RoundingMode.HALF_UP);
        }
    }

    private CalibratedStages() {
    }

    /** @return per stage (in first-seen order), counts of closed deals that reached it; empty without history */
    static List<StageRecord> records(DealIndex deals, LocalDate date) {
        SalesData data = deals.data();
        if (data.stageHistory().isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> stagesByDeal = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (StageChange c : data.stageHistory()) {
            if (!c.enteredOn().isAfter(date)) {
                String key = c.stage().strip().toLowerCase(Locale.ROOT);
                names.putIfAbsent(key, c.stage().strip());
                stagesByDeal.computeIfAbsent(c.dealId(), k -> new HashSet<>()).add(key);
            }
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        names.keySet().forEach(k -> counts.put(k, new long[2]));
        for (Deal d : data.deals()) {
            Set<String> stages = stagesByDeal.get(d.id());
            if (stages == null || !d.status().isClosed() || d.closeDate() == null || d.closeDate().isAfter(date)) {
                continue;
            }
            for (String s : stages) {
                long[] c = counts.get(s);
                c[0]++;
                if (d.isWon()) {
                    c[1]++;
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new StageRecord(names.get(e.getKey()), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** @return the calibrated table, or empty when no closed deal has stage history */
    static Optional<StageProbabilities> table(DealIndex deals, LocalDate date) {
        List<StageRecord> records = records(deals, date);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> table = new LinkedHashMap<>();
        records.forEach(r -> table.put(r.stage(), r.probability()));
        return Optional.of(StageProbabilities.of(table));
    }
}
