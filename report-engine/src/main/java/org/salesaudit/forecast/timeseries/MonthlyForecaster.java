package org.salesaudit.forecast.timeseries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forecasts a monthly series with every method of this package and their combination:
 * <ol>
 * <li>the series is divided by its mean (so parameters fit the same way at any scale);</li>
 * <li>when {@link SeasonalityTest} finds seasonality, it is adjusted by classical multiplicative
 * {@link SeasonalIndices}, and forecasts are multiplied back;</li>
 * <li>simple ({@code ses}) and damped-trend ({@code damped}) smoothing and {@code theta} are fitted
 * to the adjusted series; on seasonal series {@code holt_winters} is fitted to the unadjusted one;</li>
 * <li>{@code ets} is the smoothing model with the lowest AICc (measured on the unadjusted scale,
 * counting the eleven free seasonal indices of the decomposition as parameters);</li>
 * <li>{@code otm} and {@code dotm} are the optimised Theta models ({@link OptimisedTheta}) of the
 * adjusted series;</li>
 * <li>on positive series, {@code theta_log}, {@code damped_log}, {@code otm_log} and {@code dotm_log}
 * are the same methods fitted to the logarithm of the adjusted series, forecasting its median exp(f)
 * with standard errors exp(f)·se (on other series they equal {@code theta}, {@code damped},
 * {@code otm} and {@code dotm});</li>
 * <li>{@code combination} is the equal-weight mean of {@code damped_log}, {@code dotm},
 * {@code dotm_log} and {@code otm_log}, with the mean of their standard errors: the set with the
 * lowest OWA on a time split of the M3 training data among the means and medians of one to five of
 * the single methods (docs/benchmarks.md).</li>
 * </ol>
 * The seasonal period is 12 for a monthly series and 4 for a quarterly one.
 * Prediction intervals are Gaussian, forecast ± z·se·{@link #intervalScale()}. Every forecast and
 * bound is kept within [0, {@value #CAP_FACTOR} × the largest observation], so no method returns a
 * negative or runaway value.
 */
public final class MonthlyForecaster {

    /** Method names, in the order of {@link #forecastAll}. */
    public static final List<String> METHODS = List.of("ses", "damped", "holt_winters", "theta", "theta_log",
            "damped_log", "otm", "dotm", "otm_log", "dotm_log", "ets", "combination");
    /** Forecasts are capped at this multiple of the largest observation. */
    public static final double CAP_FACTOR = 3.0;
    /** Series shorter than this are forecast by their mean. */
    public static final int MIN_LENGTH = 4;

    private static final double Z80 = 1.2815515655446004;
    private static final double Z95 = 1.959963984540054;

    private final double intervalScale;
    private final int seasonalPeriod;

    /** @param intervalScale the factor applied to every standard error (1 = the models' own) */
    public MonthlyForecaster(double intervalScale) {
        this(intervalScale, SeasonalityTest.PERIOD);
    }

    /**
     * @param intervalScale  the factor applied to every standard error (1 = the models' own)
     * @param seasonalPeriod periods in a year: 12 for a monthly series, 4 for a quarterly one
     */
    public MonthlyForecaster(double intervalScale, int seasonalPeriod) {
        if (!(intervalScale > 0)) {
            throw new IllegalArgumentException("interval scale must be positive: " + intervalScale);
        }
        if (seasonalPeriod < 2) {
            throw new IllegalArgumentException("a seasonal period needs at least two periods: " + seasonalPeriod);
        }
        this.intervalScale = intervalScale;
        this.seasonalPeriod = seasonalPeriod;
    }

    public double intervalScale() {
        return intervalScale;
    }

    /**
     * @return the combination forecast of {@code y} for {@code h} months: {@code forecastAll(y, h)}'s
     *         {@code combination}, fitting only the four methods it combines
     */
    public SeriesForecast forecast(double[] y, int h) {
        Scaled s = Scaled.of(y, h, seasonalPeriod);
        if (s == null) {
            return rename(flat(y, mean(y), h), "combination");
        }
        Candidate dotm = s.adjusted(OptimisedTheta.fit(s.adjusted, true));
        if (s.logs == null) {
            return combination(List.of(s.adjusted(DampedTrendSmoothing.fit(s.adjusted)), dotm, dotm,
                    s.adjusted(OptimisedTheta.fit(s.adjusted, false))), s, h);
        }
        return combination(List.of(Candidate.logarithmic(DampedTrendSmoothing.fit(s.logs), s.idx), dotm,
                Candidate.logarithmic(OptimisedTheta.fit(s.logs, true), s.idx),
                Candidate.logarithmic(OptimisedTheta.fit(s.logs, false), s.idx)), s, h);
    }

    /**
     * @param y the series, oldest first, non-negative
     * @param h the number of months to forecast
     * @return a forecast per method in {@link #METHODS} (holt_winters only for seasonal series)
     */
    public Map<String, SeriesForecast> forecastAll(double[] y, int h) {
        Scaled s = Scaled.of(y, h, seasonalPeriod);
        Map<String, SeriesForecast> out = new LinkedHashMap<>();
        if (s == null) {
            SeriesForecast flat = flat(y, mean(y), h);
            METHODS.forEach(m -> out.put(m, rename(flat, m)));
            return out;
        }
        double[] z = s.z;
        boolean positive = s.logs != null;
        boolean seasonal = s.seasonal;
        SeasonalIndices idx = s.idx;
        double[] adjusted = s.adjusted;
        double mean = s.mean;
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(Candidate.adjusted(SimpleExponentialSmoothing.fit(adjusted), idx, z, seasonal));
        candidates.add(Candidate.adjusted(DampedTrendSmoothing.fit(adjusted), idx, z, seasonal));
        if (seasonal) {
            candidates.add(Candidate.raw(HoltWintersSmoothing.fit(z, seasonalPeriod)));
        }
        Candidate theta = Candidate.adjusted(ThetaMethod.fit(adjusted), idx, z, seasonal);
        Candidate thetaLog = theta;
        Candidate dampedLog = candidates.get(1);
        Candidate otm = Candidate.adjusted(OptimisedTheta.fit(adjusted, false), idx, z, seasonal);
        Candidate dotm = Candidate.adjusted(OptimisedTheta.fit(adjusted, true), idx, z, seasonal);
        Candidate otmLog = otm;
        Candidate dotmLog = dotm;
        if (positive) {
            double[] logs = s.logs;
            thetaLog = Candidate.logarithmic(ThetaMethod.fit(logs), idx);
            dampedLog = Candidate.logarithmic(DampedTrendSmoothing.fit(logs), idx);
            otmLog = Candidate.logarithmic(OptimisedTheta.fit(logs, false), idx);
            dotmLog = Candidate.logarithmic(OptimisedTheta.fit(logs, true), idx);
        }
        Candidate ets = Collections.min(candidates, java.util.Comparator.comparingDouble(Candidate::aicc));

        double cap = s.cap;
        for (Candidate c : candidates) {
            out.put(c.model.method(), c.forecast(h, z.length, intervalScale, mean, cap));
        }
        out.put("theta", theta.forecast(h, z.length, intervalScale, mean, cap));
        out.put("theta_log", rename(thetaLog.forecast(h, z.length, intervalScale, mean, cap), "theta_log"));
        out.put("damped_log", rename(dampedLog.forecast(h, z.length, intervalScale, mean, cap), "damped_log"));
        out.put("otm", otm.forecast(h, z.length, intervalScale, mean, cap));
        out.put("dotm", dotm.forecast(h, z.length, intervalScale, mean, cap));
        out.put("otm_log", rename(otmLog.forecast(h, z.length, intervalScale, mean, cap), "otm_log"));
        out.put("dotm_log", rename(dotmLog.forecast(h, z.length, intervalScale, mean, cap), "dotm_log"));
        out.put("ets", rename(ets.forecast(h, z.length, intervalScale, mean, cap), "ets"));
        out.put("combination", combination(List.of(dampedLog, dotm, dotmLog, otmLog), s, h));
        Map<String, SeriesForecast> ordered = new LinkedHashMap<>();
        for (String m : METHODS) {
            if (out.containsKey(m)) {
                ordered.put(m, out.get(m));
            }
        }
        return ordered;
    }

    /** @return the equal-weight mean of the members' forecasts and of their standard errors */
    private SeriesForecast combination(List<Candidate> members, Scaled s, int h) {
        double[] fc = new double[h];
        double[] se = new double[h];
        for (Candidate c : members) {
            double[] f = c.points(h, s.z.length);
            double[] e = c.standardErrors(h, s.z.length);
            for (int i = 0; i < h; i++) {
                fc[i] += f[i] / members.size();
                se[i] += e[i] / members.size();
            }
        }
        return bounded("combination", fc, se, intervalScale, s.mean, s.cap);
    }

    private static double mean(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return y.length == 0 ? 0 : sum / y.length;
    }

    /**
     * A series ready to fit: divided by its mean ({@code z}), seasonally adjusted when seasonal, its
     * logarithms when positive (else null), and the cap of its forecasts.
     */
    private record Scaled(double[] z, double mean, double cap, boolean seasonal, SeasonalIndices idx,
            double[] adjusted, double[] logs) {

        /** @return the series ready to fit, or null when it is forecast by its mean (too short or all zero) */
        static Scaled of(double[] y, int h, int seasonalPeriod) {
            if (h < 1) {
                throw new IllegalArgumentException("horizon must be at least 1: " + h);
            }
            double max = 0;
            double mean = 0;
            for (double v : y) {
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException("a monthly series must be finite and non-negative: " + v);
                }
                max = Math.max(max, v);
                mean += v;
            }
            mean = y.length == 0 ? 0 : mean / y.length;
            if (y.length < MIN_LENGTH || max == 0) {
                return null;
            }
            double[] z = new double[y.length];
            for (int t = 0; t < y.length; t++) {
                z[t] = y[t] / mean;
            }
            boolean positive = java.util.Arrays.stream(z).allMatch(v -> v > 0);
            boolean seasonal = positive && SeasonalityTest.isSeasonal(z, seasonalPeriod);
            SeasonalIndices idx = seasonal ? SeasonalIndices.estimate(z, seasonalPeriod)
                    : SeasonalIndices.none(seasonalPeriod);
            double[] adjusted = idx.adjust(z);
            double[] logs = null;
            if (positive) {
                logs = new double[adjusted.length];
                for (int t = 0; t < logs.length; t++) {
                    logs[t] = Math.log(adjusted[t]);
                }
            }
            return new Scaled(z, mean, CAP_FACTOR * max / mean, seasonal, idx, adjusted, logs);
        }

        Candidate adjusted(FittedModel model) {
            return Candidate.adjusted(model, idx, z, seasonal);
        }
    }

    private static SeriesForecast flat(double[] y, double mean, int h) {
        double sd = 0;
        for (double v : y) {
            sd += (v - mean) * (v - mean);
        }
        sd = y.length > 1 ? Math.sqrt(sd / (y.length - 1)) : 0;
        double[] f = new double[h];
        double[] se = new double[h];
        java.util.Arrays.fill(f, 1);
        java.util.Arrays.fill(se, mean == 0 ? 0 : sd / mean);
        return bounded("mean", f, se, 1, mean, mean == 0 ? 0 : Math.max(1, CAP_FACTOR));
    }

    private static SeriesForecast rename(SeriesForecast f, String method) {
        return new SeriesForecast(method, f.mean(), f.lo80(), f.hi80(), f.lo95(), f.hi95());
    }

    static SeriesForecast bounded(String method, double[] f, double[] se, double scale, double unit, double cap) {
        int h = f.length;
        double[] mean = new double[h];
        double[] lo80 = new double[h];
        double[] hi80 = new double[h];
        double[] lo95 = new double[h];
        double[] hi95 = new double[h];
        for (int i = 0; i < h; i++) {
            double s = se[i] * scale;
            mean[i] = clamp(f[i], cap) * unit;
            lo80[i] = clamp(f[i] - Z80 * s, cap) * unit;
            hi80[i] = clamp(f[i] + Z80 * s, cap) * unit;
            lo95[i] = clamp(f[i] - Z95 * s, cap) * unit;
            hi95[i] = clamp(f[i] + Z95 * s, cap) * unit;
        }
        return new SeriesForecast(method, mean, lo80, hi80, lo95, hi95);
    }

    private static double clamp(double v, double cap) {
        if (Double.isNaN(v)) {
            return 0;
        }
        return Math.max(0, Math.min(cap, v));
    }

    /** A fitted model with the seasonal indices that map its forecasts back to the series' scale. */
    private record Candidate(FittedModel model, SeasonalIndices idx, double aicc, boolean logarithmic) {

        Candidate(FittedModel model, SeasonalIndices idx, double aicc) {
            this(model, idx, aicc, false);
        }

        /** A model of the logarithm of the adjusted series (not compared by AICc). */
        static Candidate logarithmic(FittedModel model, SeasonalIndices idx) {
            return new Candidate(model, idx, Double.POSITIVE_INFINITY, true);
        }

        static Candidate adjusted(FittedModel model, SeasonalIndices idx, double[] z, boolean seasonal) {
            double[] fitted = model.fitted();
            double sse = 0;
            for (int t = 0; t < z.length; t++) {
                double e = z[t] - fitted[t] * idx.at(t);
                sse += e * e;
            }
            int k = model.parameterCount() + (seasonal ? idx.period() - 1 : 0);
            return new Candidate(model, idx, InformationCriterion.aicc(sse, z.length, k));
        }

        static Candidate raw(FittedModel model) {
            return new Candidate(model, SeasonalIndices.none(), model.aicc());
        }

        /** @return forecasts on the scale of the series; from logarithms, the median exp(f) */
        double[] points(int h, int n) {
            double[] f = model.forecast(h);
            for (int i = 0; i < h; i++) {
                f[i] = (logarithmic ? Math.exp(f[i]) : f[i]) * idx.at(n + i);
            }
            return f;
        }

        /** @return standard errors on the scale of the series; from logarithms, exp(f)·se (delta method) */
        double[] standardErrors(int h, int n) {
            double[] se = model.standardErrors(h);
            double[] f = model.forecast(h);
            for (int i = 0; i < h; i++) {
                se[i] *= (logarithmic ? Math.exp(f[i]) : 1) * idx.at(n + i);
            }
            return se;
        }

        SeriesForecast forecast(int h, int n, double scale, double unit, double cap) {
            return bounded(model.method(), points(h, n), standardErrors(h, n), scale, unit, cap);
        }
    }
}
