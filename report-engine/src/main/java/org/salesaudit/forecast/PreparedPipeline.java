package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.salesaudit.audit.StageProbabilities;

/**
 * The open deals as the simulation draws them, prepared once: win probability, amount, creation
 * (epoch day), age, the index of the first won cycle longer than the age
 * ({@link TimeToClose#longerWonCycles}) and the owner's quota index (-1 without one).
 */
final class PreparedPipeline {

    final int size;
    final double[] probability;
    final double[] amount;
    final long[] created;
    final long[] age;
    final int[] longerWonCycles;
    final int[] quota;

    private PreparedPipeline(int size) {
        this.size = size;
        probability = new double[size];
        amount = new double[size];
        created = new long[size];
        age = new long[size];
        longerWonCycles = new int[size];
        quota = new int[size];
    }

    /** @param deals the deals open on {@code date}, their ages counted to it */
    static PreparedPipeline of(List<OpenDeal> deals, LocalDate date, TimeToClose cycles,
            Optional<StageProbabilities> calibrated, QuotaWindows quotas) {
        PreparedPipeline p = new PreparedPipeline(deals.size());
        long day = date.toEpochDay();
        for (int i = 0; i < p.size; i++) {
            OpenDeal d = deals.get(i);
            p.probability[i] = probability(d, cycles, calibrated);
            p.amount[i] = d.amount().doubleValue();
            p.created[i] = day - d.ageDays();
            p.age[i] = d.ageDays();
            p.longerWonCycles[i] = cycles.longerWonCycles(d.ageDays());
            p.quota[i] = quotas.size() == 0 ? -1 : quotas.quotaOf(d.owner());
        }
        return p;
    }

    /**
     * The calibrated probability: the stage's empirical probability from the stage history when known,
     * else the share won among past deals that stayed open longer than the deal's age.
     */
    private static double probability(OpenDeal d, TimeToClose cycles, Optional<StageProbabilities> calibrated) {
        if (calibrated.isPresent() && d.stage() != null) {
            Optional<BigDecimal> p = calibrated.get().probability(d.stage());
            if (p.isPresent()) {
                return p.get().doubleValue();
            }
        }
        return cycles.winProbabilityAfter(d.ageDays());
    }
}
