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
 * <p>
 * A pipeline whose futures would draw more than {@value #EXACT_LIMIT} deals each (open deals plus
 * expected new deals) is not drawn deal by deal, at a cost growing with the pipeline: each period's and
 * each quota's total is a sum of independent terms of the same model (Bernoulli terms for the open
 * deals, compound Poisson sums for the new ones) whose first three cumulants are computed exactly
 * ({@link BookingCumulants}); its P10, P50 and P90 are those of the translated gamma distribution with
 * the same mean, variance and skewness ({@link Cumulants}). Its cost does not depend on the number of
 * futures and grows with the pipeline only by one pass over the open deals.
 */
public final class MonteCarloForecast {

    /** P10, P50 and P90 of one quantity. */
    public record Range(double p10, double p50, double p90) {
    }

    /** A rep's quota in the horizon and the range of its attainment. */
    public record RepRange(String repId, Quota quota, BigDecimal booked, Range attainment) {
    }

    /**
     * The ranges of the bookings per period (month or quarter), and of each rep's attainment.
     *
     * @param dealsPerFuture the deals a simulated future draws on average ({@link #expectedDealsPerFuture})
     * @param approximated   whether the ranges come from the cumulants instead of drawn futures
     */
    public record Result(YearMonth first, List<Range> months, List<RepRange> reps, double dealsPerFuture,
            boolean approximated) {
    }

    /**
     * Most deals drawn per simulated future (open deals plus expected new deals) for the deal-by-deal
     * simulation; larger pipelines use the cumulants of the same model.
     */
    static final int EXACT_LIMIT = 2_000;

    private MonteCarloForecast() {
    }

    static Result run(DealIndex deals, List<OpenDeal> pipeline, LocalDate asOf, TimeToClose cycles,
            Optional<StageProbabilities> calibrated, ForecastSettings settings) {
        return run(deals, pipeline, asOf, cycles, calibrated, settings, EXACT_LIMIT);
    }

    /** {@link #run} drawing deal by deal up to {@code exactLimit} expected deals per future. */
    static Result run(DealIndex deals, List<OpenDeal> pipeline, LocalDate asOf, TimeToClose cycles,
            Optional<StageProbabilities> calibrated, ForecastSettings settings, double exactLimit) {
        return simulate(deals, pipeline, asOf, cycles, calibrated, settings, true, exactLimit);
    }

    /**
     * The range of the bookings of the first period only, without the reps' attainment: what the
     * backtest scores. The same draws as {@link #run}, so the same range as its first period.
     */
    static Range firstPeriod(DealIndex deals, List<OpenDeal> pipeline, LocalDate asOf, TimeToClose cycles,
            Optional<StageProbabilities> calibrated, ForecastSettings settings) {
        return simulate(deals, pipeline, asOf, cycles, calibrated, settings, false, EXACT_LIMIT).months().get(0);
    }

    /**
     * Runs the simulation, deal by deal when at most {@value #EXACT_LIMIT} deals are expected per future
     * ({@link #expectedDealsPerFuture}), else from the exact cumulants of each period's and each
     * quota's total ({@link BookingCumulants}, {@link Cumulants#quantile}). Everything a draw needs is
     * prepared once (amounts as doubles, days as epoch days, period and quota bounds, quota indexes),
     * so that the loop over the futures only draws and adds. The draws come in the same order whatever
     * is prepared: the percentiles depend on the seed only.
     */
    private static Result simulate(DealIndex deals, List<OpenDeal> pipeline, LocalDate asOf, TimeToClose cycles,
            Optional<StageProbabilities> calibrated, ForecastSettings settings, boolean withReps, double exactLimit) {
        ForecastPeriod period = settings.period();
        int h = settings.horizonMonths();
        YearMonth first = period.containing(asOf.plusDays(1));
        RandomGenerator rng = new Well19937c(settings.seed());
        QuotaWindows quotas = new QuotaWindows(
                withReps ? quotasInHorizon(deals.data(), asOf, period.end(period.plus(first, h - 1))) : List.of());
        SimulationHorizon horizon = SimulationHorizon.of(period, first, h);
        PreparedPipeline open = PreparedPipeline.of(pipeline, asOf, cycles, calibrated, quotas);
        List<Creator> creatorList = creators(deals, asOf, rng);
        int[] creatorQuota = creatorList.stream().mapToInt(c -> quotas.quotaOf(c.rep())).toArray();
        double winRate = newDealWinRate(deals, asOf, cycles, settings);
        double[] amounts = deals.wonAmounts(asOf.minusYears(1).toEpochDay(), asOf.toEpochDay());
        double alreadyWon = RunRateForecast.won(deals, period.start(first).minusDays(1), asOf).doubleValue();
        BigDecimal[] booked = bookedByQuota(deals, asOf, quotas);
        double[] rates = creatorList.stream().mapToDouble(c -> c.poisson().getMean()).toArray();

        List<Range> months = new ArrayList<>();
        List<Range> quotaRanges = new ArrayList<>();
        double dealsPerFuture = expectedDealsPerFuture(open.size, rates, horizon.months(), amounts.length);
        boolean approximated = dealsPerFuture > exactLimit;
        if (!approximated) {
            Bookings bookings = new Bookings(horizon, quotas, settings.simulations());
            java.util.Arrays.fill(bookings.periodTotals[0], alreadyWon);
            PoissonDistribution[] creations = creatorList.stream().map(Creator::poisson)
                    .toArray(PoissonDistribution[]::new);
            drawFutures(bookings, open, cycles, creations, creatorQuota, winRate, amounts, rng);
            for (double[] totals : bookings.periodTotals) {
                months.add(range(totals, 1));
            }
            for (int q = 0; q < quotas.size(); q++) {
                double[] attainment = bookings.quotaTotals[q].clone();
                double already = booked[q].doubleValue();
                for (int s = 0; s < attainment.length; s++) {
                    attainment[s] += already;
                }
                quotaRanges.add(range(attainment, divisor(quotas.quotas().get(q))));
            }
        } else {
            BookingCumulants cumulants = BookingCumulants.of(horizon, quotas, open, cycles, rates, creatorQuota,
                    winRate, amounts);
            for (int k = 0; k < horizon.periods(); k++) {
                months.add(range(cumulants.period(k), k == 0 ? alreadyWon : 0, 1));
            }
            for (int q = 0; q < quotas.size(); q++) {
                quotaRanges.add(range(cumulants.quota(q), booked[q].doubleValue(), divisor(quotas.quotas().get(q))));
            }
        }
        List<RepRange> reps = new ArrayList<>();
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.quotas().get(q);
            reps.add(new RepRange(quota.repId(), quota, booked[q], quotaRanges.get(q)));
        }
        return new Result(first, months, reps, dealsPerFuture, approximated);
    }

    /**
     * The deals a simulated future draws on average: the open deals plus the new deals expected over
     * the horizon's months (none without past won amounts to draw from).
     */
    static double expectedDealsPerFuture(int openDeals, double[] monthlyCreationRates, int months, int amounts) {
        double created = 0;
        if (amounts > 0) {
            for (double rate : monthlyCreationRates) {
                created += rate * months;
            }
        }
        return openDeals + created;
    }

    /** Draws every future deal by deal into {@code bookings}. */
    private static void drawFutures(Bookings bookings, PreparedPipeline open, TimeToClose cycles,
            PoissonDistribution[] creations, int[] creatorQuota, double winRate, double[] amounts,
            RandomGenerator rng) {
        SimulationHorizon horizon = bookings.horizon;
        int sims = bookings.periodTotals[0].length;
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
            for (int m = 0; m < horizon.monthStart().length; m++) {
                long monthStart = horizon.monthStart()[m];
                int monthLength = horizon.monthLength()[m];
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
    }

    private static double divisor(Quota quota) {
        return quota.amount().signum() == 0 ? Double.NaN : quota.amount().doubleValue();
    }

    /** What each quota's rep has won in the quota's period by the as-of date. */
    private static BigDecimal[] bookedByQuota(DealIndex deals, LocalDate asOf, QuotaWindows quotas) {
        int[] owners = new int[quotas.size()];
        long[] from = new long[quotas.size()];
        long[] to = new long[quotas.size()];
        for (int q = 0; q < quotas.size(); q++) {
            String rep = quotas.quotas().get(q).repId();
            owners[q] = rep.isEmpty() || quotas.quotaOf(rep) != q ? -1 : deals.ownerCode(rep);
            from[q] = quotas.start(q);
            to[q] = Math.min(quotas.end(q), asOf.toEpochDay());
        }
        return deals.wonWithin(owners, from, to);
    }

    /**
     * The share won among the deals created in the year before the as-of date that are old enough to
     * be stale: every deal with time to close counts, including those that never closed (a deal
     * created today has that chance of being won). Without such deals, the win rate of closed deals.
     */
    static double newDealWinRate(DealIndex deals, LocalDate asOf, TimeToClose cycles, ForecastSettings settings) {
        if (cycles.typicalCycleDays().isEmpty()) {
            return cycles.winRate();
        }
        long limit = (long) Math.ceil(cycles.typicalCycleDays().getAsDouble() * settings.staleCycles().doubleValue());
        LocalDate matureBy = asOf.minusDays(limit);
        long[] createdAndWon = deals.createdAndWon(asOf.minusYears(1).toEpochDay(), matureBy.toEpochDay(),
                asOf.toEpochDay());
        long mature = createdAndWon[0];
        long won = createdAndWon[1];
        return mature == 0 ? cycles.winRate() : (double) won / mature;
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

    /** The simulated bookings per period and per quota (each a row of totals per simulated future). */
    private static final class Bookings {
        private final SimulationHorizon horizon;
        private final QuotaWindows quotas;
        private final double[][] periodTotals;
        private final double[][] quotaTotals;

        Bookings(SimulationHorizon horizon, QuotaWindows quotas, int sims) {
            this.horizon = horizon;
            this.quotas = quotas;
            periodTotals = new double[horizon.periods()][sims];
            quotaTotals = new double[quotas.size()][sims];
        }

        /** Adds a deal closed on an epoch day to its period's and its rep's quota's totals in one future. */
        void book(long close, double amount, int quota, int sim) {
            int p = horizon.periodOf(close);
            if (p >= 0) {
                periodTotals[p][sim] += amount;
            }
            if (quota >= 0 && quotas.contains(quota, close)) {
                quotaTotals[quota][sim] += amount;
            }
        }
    }

    /** A rep (or "" for unowned deals) creating deals at the rate of the last twelve months. */
    private record Creator(String rep, PoissonDistribution poisson) {
    }

    /** The owners (reps, "" for unowned deals) who created deals in the year to the as-of date, in their natural order. */
    private static List<Creator> creators(DealIndex deals, LocalDate asOf, RandomGenerator rng) {
        int[] created = deals.createdByOwner(asOf.minusYears(1).toEpochDay(), asOf.toEpochDay());
        List<Creator> creators = new ArrayList<>();
        for (int owner = 0; owner < created.length; owner++) {
            if (created[owner] > 0) {
                creators.add(new Creator(deals.ownerName(owner), new PoissonDistribution(rng, created[owner] / 12.0,
                        PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS)));
            }
        }
        return creators;
    }

    /**
     * The P10, P50 and P90 of a constant plus a sum known by its cumulants (the translated gamma
     * quantiles), divided by {@code divisor}.
     */
    private static Range range(Cumulants sum, double constant, double divisor) {
        return new Range((constant + sum.quantile(0.1)) / divisor, (constant + sum.quantile(0.5)) / divisor,
                (constant + sum.quantile(0.9)) / divisor);
    }

    private static Range range(double[] values, double divisor) {
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(values);
        return new Range(p.evaluate(10) / divisor, p.evaluate(50) / divisor, p.evaluate(90) / divisor);
    }
}
