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
        ByAge byAge = new ByAge(cycles, deals);
        for (int i = 0; i < p.size; i++) {
            OpenDeal d = deals.get(i);
            p.probability[i] = probability(d, byAge, calibrated);
            p.amount[i] = d.amount().doubleValue();
            p.created[i] = day - d.ageDays();
            p.age[i] = d.ageDays();
            p.longerWonCycles[i] = byAge.longerWonCycles(d.ageDays());
            p.quota[i] = quotas.size() == 0 ? -1 : quotas.quotaOf(d.owner());
        }
        return p;
    }

    /**
     * The calibrated probability: the stage's empirical probability from the stage history when known,
     * else the share won among past deals that stayed open longer than the deal's age.
     */
    private static double probability(OpenDeal d, ByAge byAge, Optional<StageProbabilities> calibrated) {
        if (calibrated.isPresent() && d.stage() != null) {
            Optional<BigDecimal> p = calibrated.get().probability(d.stage());
            if (p.isPresent()) {
                return p.get().doubleValue();
            }
        }
        return byAge.winProbabilityAfter(d.ageDays());
    }

    /**
     * What {@link TimeToClose} says of a deal's age, searched once per age (ages 0 to the oldest deal's,
     * at most {@value #MAX_CACHED}; other ages are searched each time): many deals share an age.
     */
    private static final class ByAge {
        private static final int MAX_CACHED = 1 << 16;

        private final TimeToClose cycles;
        private final double[] winProbability;
        private final int[] longerWonCycles;
        private final boolean[] known;

        ByAge(TimeToClose cycles, List<OpenDeal> deals) {
            this.cycles = cycles;
            long oldest = -1;
            for (OpenDeal d : deals) {
                oldest = Math.max(oldest, d.ageDays());
            }
            int size = (int) Math.min(oldest + 1, MAX_CACHED);
            winProbability = new double[size];
            longerWonCycles = new int[size];
            known = new boolean[size];
        }

        double winProbabilityAfter(long age) {
            return cached(age) ? winProbability[(int) age] : cycles.winProbabilityAfter(age);
        }

        int longerWonCycles(long age) {
            return cached(age) ? longerWonCycles[(int) age] : cycles.longerWonCycles(age);
        }

        private boolean cached(long age) {
            if (age < 0 || age >= known.length) {
                return false;
            }
            int a = (int) age;
            if (!known[a]) {
                winProbability[a] = cycles.winProbabilityAfter(age);
                longerWonCycles[a] = cycles.longerWonCycles(age);
                known[a] = true;
            }
            return true;
        }
    }
}
