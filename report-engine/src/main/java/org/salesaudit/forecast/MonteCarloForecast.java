package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Quota;
import org.salesaudit.model.SalesData;

/**
 * Monte Carlo ranges of bookings. Each simulated future:
 * <ul>
 * <li>every open, non-stale deal is won with its calibrated probability (its stage's empirical
 * probability from the stage history when known, else the share won among past deals that stayed
 * open longer than its age) and, if won, closes after a cycle drawn from the won deals' cycles longer
 * than its age;</li>
 * <li>each rep creates new deals every month at the rate of the last twelve months (Poisson), won with
 * the share won among last year's deals old enough to have closed ({@link #newDealWinRate}), with an
 * amount and a cycle drawn from past won deals.</li>
 * </ul>
 * The first period (month or quarter, {@code forecast.period}) is the one containing the day after
 * the as-of date; its bookings include those already won in it by the as-of date. The P10, P50 and P90 (Excel's PERCENTILE.INC) of the bookings per month and of each rep's quota
 * attainment come from {@code simulations} futures drawn with a Well19937c generator seeded by
 * {@code seed}: the same inputs and seed give the same percentiles.
 */
public final class MonteCarloForecast {

    /** P10, P50 and P90 of one quantity. */
    public record Range(double p10, double p50, double p90) {
    }

    /** A rep's quota in the horizon and the range of its attainment. */
    public record RepRange(String repId, Quota quota, BigDecimal booked, Range attainment) {
    }

    /** The ranges of the bookings per period (month or quarter), and of each rep's attainment. */
    public record Result(YearMonth first, List<Range> months, List<RepRange> reps) {
    }

    private MonteCarloForecast() {
    }

    static Result run(SalesData data, List<OpenDeal> pipeline, LocalDate asOf, TimeToClose cycles,
            Optional<StageProbabilities> calibrated, ForecastSettings settings) {
        return simulate(data, pipeline, asOf, cycles, calibrated, settings, true);
    }

    /**
     * The range of the bookings of the first period only, without the reps' attainment: what the
     * backtest scores. The same draws as {@link #run}, so the same range as its first period.
     */
    static Range firstPeriod(SalesData data, List<OpenDeal> pipeline, LocalDate asOf, TimeToClose cycles,
            Optional<StageProbabilities> calibrated, ForecastSettings settings) {
        return simulate(data, pipeline, asOf, cycles, calibrated, settings, false).months().get(0);
    }

    /**
     * Runs the simulation. Everything a draw needs is prepared once (amounts as doubles, days as epoch
     * days, period and quota bounds, quota indexes), so that the loop over the futures only draws and adds.
     * The draws come in the same order whatever is prepared: the percentiles depend on the seed only.
     */
    private static Result simulate(SalesData data, List<OpenDeal> pipeline, LocalDate asOf, TimeToClose cycles,
            Optional<StageProbabilities> calibrated, ForecastSettings settings, boolean withReps) {
        ForecastPeriod period = settings.period();
        int h = settings.horizonMonths();
        int sims = settings.simulations();
        YearMonth first = period.containing(asOf.plusDays(1));
        RandomGenerator rng = new Well19937c(settings.seed());
        List<Quota> quotas = withReps ? quotasInHorizon(data, asOf, period.end(period.plus(first, h - 1))) : List.of();
        Bookings bookings = new Bookings(Horizon.of(period, first, h), quotas, sims);
        Pipeline open = Pipeline.of(pipeline, cycles, calibrated, bookings);
        List<Creator> creatorList = creators(data.deals(), asOf, rng);
        PoissonDistribution[] creations = creatorList.stream().map(Creator::poisson).toArray(PoissonDistribution[]::new);
        int[] creatorQuota = creatorList.stream().mapToInt(c -> bookings.quotaOf(c.rep())).toArray();
        double winRate = newDealWinRate(data.deals(), asOf, cycles, settings);
        double[] amounts = data.deals().stream()
                .filter(d -> d.isWon() && d.closeDate() != null && !d.closeDate().isAfter(asOf)
                        && d.closeDate().isAfter(asOf.minusYears(1)))
                .mapToDouble(d -> d.amount().doubleValue()).toArray();
        Horizon horizon = bookings.horizon;

        java.util.Arrays.fill(bookings.periodTotals[0],
                RunRateForecast.won(data.deals(), period.start(first).minusDays(1), asOf).doubleValue());
        for (int s = 0; s < sims; s++) {
            for (int i = 0; i < open.size; i++) {
                if (rng.nextDouble() < open.probability[i]) {
                    long cycle = cycles.sampleWonCycleBeyond(open.age[i], open.longerWonCycles[i], rng);
                    bookings.book(open.created[i] + cycle, open.amount[i], open.quota[i], s);
                }
            }
            if (amounts.length == 0) {
                continue;
            }
            for (int m = 0; m < horizon.monthStart.length; m++) {
                long monthStart = horizon.monthStart[m];
                int monthLength = horizon.monthLength[m];
                for (int c = 0; c < creations.length; c++) {
                    int created = creations[c].sample();
                    for (int k = 0; k < created; k++) {
                        long day = monthStart + rng.nextInt(monthLength);
                        if (rng.nextDouble() < winRate) {
                            long close = day + cycles.sampleWonCycle(rng);
                            bookings.book(close, amounts[rng.nextInt(amounts.length)], creatorQuota[c], s);
                        }
                    }
                }
            }
        }
        List<Range> months = new ArrayList<>();
        for (double[] totals : bookings.periodTotals) {
            months.add(range(totals, 1));
        }
        List<RepRange> reps = new ArrayList<>();
        BigDecimal[] booked = bookedByQuota(data, asOf, bookings);
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            double[] attainment = bookings.quotaTotals[q].clone();
            double already = booked[q].doubleValue();
            for (int s = 0; s < sims; s++) {
                attainment[s] += already;
            }
            reps.add(new RepRange(quota.repId(), quota, booked[q],
                    range(attainment, quota.amount().signum() == 0 ? Double.NaN : quota.amount().doubleValue())));
        }
        return new Result(first, months, reps);
    }

    /** What each quota's rep has won in the quota's period by the as-of date, in one pass over the deals. */
    private static BigDecimal[] bookedByQuota(SalesData data, LocalDate asOf, Bookings bookings) {
        BigDecimal[] booked = new BigDecimal[bookings.quotaStart.length];
        java.util.Arrays.fill(booked, BigDecimal.ZERO);
        if (booked.length == 0) {
            return booked;
        }
        for (Deal d : data.deals()) {
            if (d.isWon() && d.ownerId() != null && d.closeDate() != null && !d.closeDate().isAfter(asOf)) {
                int q = bookings.quotaOf(d.ownerId());
                if (q >= 0 && bookings.inQuota(q, d.closeDate().toEpochDay())) {
                    booked[q] = booked[q].add(d.amount());
                }
            }
        }
        return booked;
    }

    /**
     * The share won among the deals created in the year before the as-of date that are old enough to
     * be stale: every deal with time to close counts, including those that never closed (a deal
     * created today has that chance of being won). Without such deals, the win rate of closed deals.
     */
    static double newDealWinRate(List<Deal> deals, LocalDate asOf, TimeToClose cycles, ForecastSettings settings) {
        if (cycles.typicalCycleDays().isEmpty()) {
            return cycles.winRate();
        }
        long limit = (long) Math.ceil(cycles.typicalCycleDays().getAsDouble() * settings.staleCycles().doubleValue());
        LocalDate matureBy = asOf.minusDays(limit);
        long mature = 0;
        long won = 0;
        for (Deal d : deals) {
            if (d.created() != null && d.created().isAfter(asOf.minusYears(1)) && !d.created().isAfter(matureBy)) {
                mature++;
                if (d.isWon() && d.closeDate() != null && !d.closeDate().isAfter(asOf)) {
                    won++;
                }
            }
        }
        return mature == 0 ? cycles.winRate() : (double) won / mature;
    }

    private static double probability(OpenDeal d, TimeToClose cycles, Optional<StageProbabilities> calibrated) {
        if (calibrated.isPresent() && d.stage() != null) {
            Optional<BigDecimal> p = calibrated.get().probability(d.stage());
            if (p.isPresent()) {
                return p.get().doubleValue();
            }
        }
        return cycles.winProbabilityAfter(d.ageDays());
    }

    /** The earliest quota of each rep that ends after the as-of date and within the horizon. */
    private static List<Quota> quotasInHorizon(SalesData data, LocalDate asOf, LocalDate last) {
        Map<String, Quota> byRep = new TreeMap<>();
        data.quotas().stream()
                .filter(q -> q.period().endInclusive().isAfter(asOf)
                        && !q.period().endInclusive().isAfter(last))
                .sorted(Comparator.comparing(Quota::period))
                .forEach(q -> byRep.putIfAbsent(q.repId(), q));
        return List.copyOf(byRep.values());
    }

    /**
     * The months and periods of the horizon as epoch days: {@code periodStart[k]} is the first day of
     * period {@code k} and {@code periodStart[h]} the day after the horizon; {@code monthStart} and
     * {@code monthLength} give each month of the horizon.
     */
    private record Horizon(long[] periodStart, long[] monthStart, int[] monthLength) {

        static Horizon of(ForecastPeriod period, YearMonth first, int periods) {
            long[] periodStart = new long[periods + 1];
            for (int k = 0; k <= periods; k++) {
                periodStart[k] = period.start(period.plus(first, k)).toEpochDay();
            }
            int months = periods * period.months();
            long[] monthStart = new long[months];
            int[] monthLength = new int[months];
            for (int m = 0; m < months; m++) {
                YearMonth month = first.plusMonths(m);
                monthStart[m] = month.atDay(1).toEpochDay();
                monthLength[m] = month.lengthOfMonth();
            }
            return new Horizon(periodStart, monthStart, monthLength);
        }

        /** @return the period of the horizon containing the epoch day, or -1 outside the horizon */
        int periodOf(long day) {
            if (day < periodStart[0] || day >= periodStart[periodStart.length - 1]) {
                return -1;
            }
            int found = java.util.Arrays.binarySearch(periodStart, day);
            return found >= 0 ? found : -found - 2;
        }
    }

    /** The simulated bookings per period and per quota (each a row of totals per simulated future). */
    private static final class Bookings {
        private final Horizon horizon;
        private final Map<String, Integer> quotaOfRep = new TreeMap<>();
        private final long[] quotaStart;
        private final long[] quotaEnd;
        private final double[][] periodTotals;
        private final double[][] quotaTotals;

        Bookings(Horizon horizon, List<Quota> quotas, int sims) {
            this.horizon = horizon;
            quotaStart = new long[quotas.size()];
            quotaEnd = new long[quotas.size()];
            for (int q = 0; q < quotas.size(); q++) {
                quotaOfRep.put(quotas.get(q).repId(), q);
                quotaStart[q] = quotas.get(q).period().start().toEpochDay();
                quotaEnd[q] = quotas.get(q).period().endInclusive().toEpochDay();
            }
            periodTotals = new double[horizon.periodStart().length - 1][sims];
            quotaTotals = new double[quotas.size()][sims];
        }

        /** @return the index of the rep's quota in the horizon, or -1 without one */
        int quotaOf(String rep) {
            Integer q = quotaOfRep.get(rep);
            return q == null ? -1 : q;
        }

        boolean inQuota(int q, long day) {
            return day >= quotaStart[q] && day <= quotaEnd[q];
        }

        /** Adds a deal closed on an epoch day to its period's and its rep's quota's totals in one future. */
        void book(long close, double amount, int quota, int sim) {
            int p = horizon.periodOf(close);
            if (p >= 0) {
                periodTotals[p][sim] += amount;
            }
            if (quota >= 0 && inQuota(quota, close)) {
                quotaTotals[quota][sim] += amount;
            }
        }
    }

    /**
     * The open deals as the simulation draws them: win probability, amount, creation (epoch day), age,
     * the index of the first won cycle longer than the age ({@link TimeToClose#longerWonCycles}) and the
     * owner's quota index.
     */
    private static final class Pipeline {
        private final int size;
        private final double[] probability;
        private final double[] amount;
        private final long[] created;
        private final long[] age;
        private final int[] longerWonCycles;
        private final int[] quota;

        private Pipeline(int size) {
            this.size = size;
            probability = new double[size];
            amount = new double[size];
            created = new long[size];
            age = new long[size];
            longerWonCycles = new int[size];
            quota = new int[size];
        }

        static Pipeline of(List<OpenDeal> deals, TimeToClose cycles, Optional<StageProbabilities> calibrated,
                Bookings bookings) {
            Pipeline p = new Pipeline(deals.size());
            for (int i = 0; i < p.size; i++) {
                OpenDeal d = deals.get(i);
                p.probability[i] = probability(d, cycles, calibrated);
                p.amount[i] = d.amount().doubleValue();
                p.created[i] = d.deal().created().toEpochDay();
                p.age[i] = d.ageDays();
                p.longerWonCycles[i] = cycles.longerWonCycles(d.ageDays());
                p.quota[i] = bookings.quotaOf(d.owner());
            }
            return p;
        }
    }

    /** A rep (or "" for unowned deals) creating deals at the rate of the last twelve months. */
    private record Creator(String rep, PoissonDistribution poisson) {
    }

    private static List<Creator> creators(List<Deal> deals, LocalDate asOf, RandomGenerator rng) {
        Map<String, Integer> created = new TreeMap<>();
        for (Deal d : deals) {
            if (d.created() != null && d.created().isAfter(asOf.minusYears(1)) && !d.created().isAfter(asOf)) {
                created.merge(d.ownerId() == null ? "" : d.ownerId(), 1, Integer::sum);
            }
        }
        List<Creator> creators = new ArrayList<>();
        created.forEach((rep, n) -> creators.add(new Creator(rep,
                new PoissonDistribution(rng, n / 12.0, PoissonDistribution.DEFAULT_EPSILON,
                        PoissonDistribution.DEFAULT_MAX_ITERATIONS))));
        return creators;
    }

    private static Range range(double[] values, double divisor) {
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(values);
        return new Range(p.evaluate(10) / divisor, p.evaluate(50) / divisor, p.evaluate(90) / divisor);
    }
}
