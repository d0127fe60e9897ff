package org.salesaudit.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan–Meier estimate of a survival curve from times that end either in the event (a deal won)
 * or censored (still open on the as-of date, or closed otherwise): censored times count as "at risk"
 * until they end and are never dropped. Each step carries Greenwood's standard error and a pointwise
 * 95 % confidence interval on the log-log scale (Kalbfleisch and Prentice), which stays within [0, 1];
 * the median comes with the Brookmeyer–Crowley interval read off those bands.
 */
public final class KaplanMeier {

    /** One observation: a time and whether it ended in the event (else it is censored). */
    public record Observation(double time, boolean event) {
        public Observation {
            if (!(time >= 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("a time must be zero or more, got " + time);
            }
        }
    }

    /**
     * The curve just after one event time.
     *
     * @param atRisk    observations still at risk just before the time
     * @param events    events at the time
     * @param survival  the estimate S(t)
     * @param stdError  Greenwood's standard error of S(t)
     * @param low       lower bound of the 95 % interval
     * @param high      upper bound of the 95 % interval
     */
    public record Step(double time, int atRisk, int events, double survival, double stdError, double low,
            double high) {
    }

    private final List<Step> steps;
    private final int observations;
    private final int events;

    private KaplanMeier(List<Step> steps, int observations, int events) {
        this.steps = List.copyOf(steps);
        this.observations = observations;
        this.events = events;
    }

    /** @return the estimate for these observations at 95 % confidence */
    public static KaplanMeier estimate(List<Observation> observations) {
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        // event and censored times apart, each sorted as primitives, then walked together in time order
        int n = observations.size();
        double[] eventTimes = new double[n];
        double[] censoredTimes = new double[n];
        int eventCount = 0;
        int censoredCount = 0;
        for (Observation o : observations) {
            if (o.event()) {
                eventTimes[eventCount++] = o.time();
            } else {
                censoredTimes[censoredCount++] = o.time();
            }
        }
        Arrays.sort(eventTimes, 0, eventCount);
        Arrays.sort(censoredTimes, 0, censoredCount);
        List<Step> steps = new ArrayList<>();
        int atRisk = n;
        double survival = 1;
        double greenwoodSum = 0;
        int totalEvents = 0;
        int e = 0;
        int c = 0;
        while (e < eventCount || c < censoredCount) {
            double time = Math.min(e < eventCount ? eventTimes[e] : Double.POSITIVE_INFINITY,
                    c < censoredCount ? censoredTimes[c] : Double.POSITIVE_INFINITY);
            int eventsHere = 0;
            while (e < eventCount && eventTimes[e] == time) {
                eventsHere++;
                e++;
            }
            int leaving = eventsHere;
            while (c < censoredCount && censoredTimes[c] == time) {
                leaving++;
                c++;
            }
            if (eventsHere > 0) {
                survival *= 1 - (double) eventsHere / atRisk;
                if (atRisk > eventsHere) {
                    greenwoodSum += (double) eventsHere / ((double) atRisk * (atRisk - eventsHere));
                }
                double se = survival * Math.sqrt(greenwoodSum);
                double[] band = logLogBand(survival, greenwoodSum, z);
                steps.add(new Step(time, atRisk, eventsHere, survival, se, band[0], band[1]));
                totalEvents += eventsHere;
            }
            atRisk -= leaving;
        }
        return new KaplanMeier(steps, n, totalEvents);
    }

    /** log(−log S) ± z·σ / |log S|, transformed back: S^exp(±z·σ/|log S|), σ² the Greenwood sum. */
    private static double[] logLogBand(double survival, double greenwoodSum, double z) {
        if (survival <= 0 || survival >= 1) {
            return new double[] {survival <= 0 ? 0 : survival, survival <= 0 ? 0 : 1};
        }
        double logS = Math.log(survival);
        double spread = z * Math.sqrt(greenwoodSum) / Math.abs(logS);
        return new double[] {Math.pow(survival, Math.exp(spread)), Math.pow(survival, Math.exp(-spread))};
    }

    /** @return the steps of the curve, one per distinct event time, in time order */
    public List<Step> steps() {
        return steps;
    }

    public int observations() {
        return observations;
    }

    public int events() {
        return events;
    }

    /** @return S(t): the estimate at time t (1 before the first event) */
    public double survivalAt(double time) {
        double s = 1;
        for (Step step : steps) {
            if (step.time() > time) {
                break;
            }
            s = step.survival();
        }
        return s;
    }

    /** @return the first time the curve drops to 0.5 or below, or empty when it never does */
    public Optional<Double> median() {
        return firstTimeAtOrBelowHalf(Step::survival);
    }

    /** @return the lower end of the median's interval: the first time the lower band reaches 0.5 */
    public Optional<Double> medianLow() {
        return firstTimeAtOrBelowHalf(Step::low);
    }

    /** @return the upper end of the median's interval (empty when the upper band never reaches 0.5) */
    public Optional<Double> medianHigh() {
        return firstTimeAtOrBelowHalf(Step::high);
    }

    private Optional<Double> firstTimeAtOrBelowHalf(ToDoubleFunction<Step> curve) {
        return steps.stream().filter(s -> curve.applyAsDouble(s) <= 0.5).map(Step::time).findFirst();
    }
}
