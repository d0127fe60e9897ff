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
        ForecastPeriod period = settings.period();
        int h = settings.horizonMonths();
        int sims = settings.simulations();
        YearMonth first = period.containing(asOf.plusDays(1));
        RandomGenerator rng = new Well19937c(settings.seed());
        List<Quota> quotas = quotasInHorizon(data, asOf, period.end(period.plus(first, h - 1)));
        Map<String, Integer> quotaOfRep = new TreeMap<>();
        for (int i = 0; i < quotas.size(); i++) {
            quotaOfRep.put(quotas.get(i).repId(), i);
        }
        double[] probability = pipeline.stream().mapToDouble(d -> probability(d, cycles, calibrated)).toArray();
        List<Creator> creators = creators(data.deals(), asOf, rng);
        double winRate = newDealWinRate(data.deals(), asOf, cycles, settings);
        double[] amounts = data.deals().stream()
                .filter(d -> d.isWon() && d.closeDate() != null && !d.closeDate().isAfter(asOf)
                        && d.closeDate().isAfter(asOf.minusYears(1)))
                .mapToDouble(d -> d.amount().doubleValue()).toArray();

        double[][] monthTotals = new double[h][sims];
        java.util.Arrays.fill(monthTotals[0],
                RunRateForecast.won(data.deals(), period.start(first).minusDays(1), asOf).doubleValue());
        double[][] quotaTotals = new double[quotas.size()][sims];
        for (int s = 0; s < sims; s++) {
            for (int i = 0; i < pipeline.size(); i++) {
                OpenDeal d = pipeline.get(i);
                if (rng.nextDouble() < probability[i]) {
                    long cycle = cycles.sampleWonCycleBeyond(d.ageDays(), rng);
                    LocalDate close = d.deal().created().plusDays(cycle);
                    book(close, d.amount().doubleValue(), d.owner(), s, period, first, monthTotals, quotas,
                            quotaOfRep, quotaTotals);
                }
            }
            if (amounts.length == 0) {
                continue;
            }
            for (int m = 0; m < h * period.months(); m++) {
                YearMonth month = first.plusMonths(m);
                for (Creator c : creators) {
                    int created = c.poisson.sample();
                    for (int k = 0; k < created; k++) {
                        LocalDate day = month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
                        if (rng.nextDouble() < winRate) {
                            LocalDate close = day.plusDays(cycles.sampleWonCycle(rng));
                            book(close, amounts[rng.nextInt(amounts.length)], c.rep, s, period, first, monthTotals,
                                    quotas, quotaOfRep, quotaTotals);
                        }
                    }
                }
            }
        }
        List<Range> months = new ArrayList<>();
        for (double[] totals : monthTotals) {
            months.add(range(totals, 1));
        }
        List<RepRange> reps = new ArrayList<>();
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            BigDecimal booked = data.deals().stream()
                    .filter(d -> d.isWon() && quota.repId().equals(d.ownerId()) && d.closeDate() != null
                            && quota.period().contains(d.closeDate()) && !d.closeDate().isAfter(asOf))
                    .map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            double[] attainment = quotaTotals[q].clone();
            for (int s = 0; s < sims; s++) {
                attainment[s] += booked.doubleValue();
            }
            reps.add(new RepRange(quota.repId(), quota, booked,
                    range(attainment, quota.amount().signum() == 0 ? Double.NaN : quota.amount().doubleValue())));
        }
        return new Result(first, months, reps);
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

    private static void book(LocalDate close, double amount, String rep, int sim, ForecastPeriod period,
            YearMonth first, double[][] monthTotals, List<Quota> quotas, Map<String, Integer> quotaOfRep,
            double[][] quotaTotals) {
        long m = period.between(first, period.containing(close));
        if (m >= 0 && m < monthTotals.length) {
            monthTotals[(int) m][sim] += amount;
        }
        Integer q = quotaOfRep.get(rep);
        if (q != null && quotas.get(q).period().contains(close)) {
            quotaTotals[q][sim] += amount;
        }
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
