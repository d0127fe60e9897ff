package org.salesaudit.forecast;

import java.util.HashMap;
import java.util.Map;

/**
 * The exact first three cumulants of what the simulation adds up, per period of the horizon and per
 * quota, computed from the model instead of drawn:
 * <ul>
 * <li>an open deal adds its amount to a period (or a quota) with probability p × P(its cycle, drawn
 * from the won cycles longer than its age, ends in that period): a Bernoulli term;</li>
 * <li>the deals a rep creates in a month of the horizon are Poisson(λ); each is created on a uniformly
 * drawn day of the month, won with the new-deal win rate w, closes after a uniformly drawn won cycle
 * and has a uniformly drawn past amount X. The deals that land in a period (or quota) are therefore
 * Poisson(λ·w·P(day + cycle in it)), and their total is a compound Poisson sum with cumulants
 * λ·w·P(...)·E[X^k].</li>
 * </ul>
 * All terms are independent, so the cumulants of each period's and each quota's total are the sums
 * of the terms'. Cost: one pass over the open deals (a few binary searches per distinct creation
 * date) and over each day of the horizon, whatever the number of futures.
 */
final class BookingCumulants {

    private final Cumulants[] periods;
    private final Cumulants[] quotas;

    private BookingCumulants(int periods, int quotas) {
        this.periods = new Cumulants[periods];
        this.quotas = new Cumulants[quotas];
        java.util.Arrays.setAll(this.periods, k -> new Cumulants());
        java.util.Arrays.setAll(this.quotas, k -> new Cumulants());
    }

    /** The cumulants of the simulated bookings (without those already won) of period {@code k}. */
    Cumulants period(int k) {
        return periods[k];
    }

    /** The cumulants of the simulated bookings (without those already won) of quota {@code q}. */
    Cumulants quota(int q) {
        return quotas[q];
    }

    /**
     * @param creationRates the mean number of deals each creator creates a month
     * @param creatorQuota  each creator's quota index, -1 without one
     * @param winRate       the share of new deals won
     * @param amounts       the past won amounts a new deal's amount is drawn from; none: no new deals
     */
    static BookingCumulants of(SimulationHorizon horizon, QuotaWindows quotaWindows, PreparedPipeline open,
            TimeToClose cycles, double[] creationRates, int[] creatorQuota, double winRate, double[] amounts) {
        BookingCumulants c = new BookingCumulants(horizon.periods(), quotaWindows.size());
        c.addOpenDeals(horizon, quotaWindows, open, cycles);
        if (amounts.length > 0) {
            c.addNewDeals(horizon, quotaWindows, cycles, creationRates, creatorQuota, winRate, amounts);
        }
        return c;
    }

    private void addOpenDeals(SimulationHorizon horizon, QuotaWindows quotaWindows, PreparedPipeline open,
            TimeToClose cycles) {
        long[] bounds = horizon.periodStart();
        // the share of the cycle draw ending in each period depends on the creation day only (the age
        // and the longer won cycles follow from it): computed once per day
        Map<Long, double[]> sharesByCreation = new HashMap<>();
        for (int i = 0; i < open.size; i++) {
            double p = open.probability[i];
            if (p <= 0) {
                continue;
            }
            long created = open.created[i];
            long age = open.age[i];
            int from = open.longerWonCycles[i];
            double[] shares = sharesByCreation.computeIfAbsent(created, day -> {
                double[] s = new double[periods.length];
                double below = cycles.wonCycleBeyondAtMost(age, from, bounds[0] - 1 - day);
                for (int k = 0; k < s.length; k++) {
                    double upTo = cycles.wonCycleBeyondAtMost(age, from, bounds[k + 1] - 1 - day);
                    s[k] = upTo - below;
                    below = upTo;
                }
                return s;
            });
            double amount = open.amount[i];
            for (int k = 0; k < shares.length; k++) {
                periods[k].addBernoulli(amount, p * shares[k]);
            }
            int q = open.quota[i];
            if (q >= 0) {
                double share = cycles.wonCycleBeyondAtMost(age, from, quotaWindows.end(q) - created)
                        - cycles.wonCycleBeyondAtMost(age, from, quotaWindows.start(q) - 1 - created);
                quotas[q].addBernoulli(amount, p * share);
            }
        }
    }

    private void addNewDeals(SimulationHorizon horizon, QuotaWindows quotaWindows, TimeToClose cycles,
            double[] creationRates, int[] creatorQuota, double winRate, double[] amounts) {
        double m1 = 0;
        double m2 = 0;
        double m3 = 0;
        for (double x : amounts) {
            m1 += x;
            m2 += x * x;
            m3 += x * x * x;
        }
        m1 /= amounts.length;
        m2 /= amounts.length;
        m3 /= amounts.length;
        double allRates = 0;
        for (double rate : creationRates) {
            allRates += rate;
        }
        long[] bounds = horizon.periodStart();
        for (int m = 0; m < horizon.months(); m++) {
            long monthStart = horizon.monthStart()[m];
            int length = horizon.monthLength()[m];
            // P(a deal created this month is won and closes in period k / quota q)
            double[] periodShare = new double[periods.length];
            double[] quotaShare = new double[quotas.length];
            for (int d = 0; d < length; d++) {
                long day = monthStart + d;
                double below = cycles.wonCycleAtMost(bounds[0] - 1 - day);
                for (int k = 0; k < periodShare.length; k++) {
                    double upTo = cycles.wonCycleAtMost(bounds[k + 1] - 1 - day);
                    periodShare[k] += (upTo - below) * winRate / length;
                    below = upTo;
                }
                for (int q = 0; q < quotaShare.length; q++) {
                    quotaShare[q] += (cycles.wonCycleAtMost(quotaWindows.end(q) - day)
                            - cycles.wonCycleAtMost(quotaWindows.start(q) - 1 - day)) * winRate / length;
                }
            }
            for (int k = 0; k < periodShare.length; k++) {
                periods[k].addCompoundPoisson(allRates * periodShare[k], m1, m2, m3);
            }
            for (int c = 0; c < creationRates.length; c++) {
                int q = creatorQuota[c];
                if (q >= 0) {
                    quotas[q].addCompoundPoisson(creationRates[c] * quotaShare[q], m1, m2, m3);
                }
            }
        }
    }
}
