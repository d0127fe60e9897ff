package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.util.Optional;

import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

/**
 * The {@code forecast.*} keys of the settings file (docs/settings.md).
 *
 * @param horizonMonths  months forecast after the as-of date (1–36)
 * @param seed           seed of the Monte Carlo simulation
 * @param simulations    number of simulated futures (100–1,000,000)
 * @param backtestMonths past months forecast again in the backtest (1–60)
 * @param staleCycles    a deal open longer than this many typical cycles is stale (&gt; 0)
 * @param intervalScale  factor on the time-series standard errors (&gt; 0)
 * @param growth         the run rate's growth per month; empty: measured from the data
 * @param newRepDeals    deals a new rep closes in the first month; empty: measured from the data
 * @param period         the period the forecasts count in; with quarters, {@code horizonMonths} and
 *                       {@code backtestMonths} count quarters
 */
public record ForecastSettings(int horizonMonths, long seed, int simulations, int backtestMonths,
        BigDecimal staleCycles, double intervalScale, Optional<BigDecimal> growth, Optional<BigDecimal> newRepDeals,
        ForecastPeriod period) {

    /** Monthly forecasts. */
    public ForecastSettings(int horizonMonths, long seed, int simulations, int backtestMonths, BigDecimal staleCycles,
            double intervalScale, Optional<BigDecimal> growth, Optional<BigDecimal> newRepDeals) {
        this(horizonMonths, seed, simulations, backtestMonths, staleCycles, intervalScale, growth, newRepDeals,
                ForecastPeriod.MONTH);
    }

    /** @return these settings with a horizon of {@code periods} */
    public ForecastSettings withHorizon(int periods) {
        return new ForecastSettings(periods, seed, simulations, backtestMonths, staleCycles, intervalScale, growth,
                newRepDeals, period);
    }

    /** @return these settings counting in {@code p} */
    public ForecastSettings withPeriod(ForecastPeriod p) {
        return new ForecastSettings(horizonMonths, seed, simulations, backtestMonths, staleCycles, intervalScale, growth,
                newRepDeals, p);
    }

    public static final int DEFAULT_HORIZON = 6;
    public static final long DEFAULT_SEED = 20_261_130L;
    public static final int DEFAULT_SIMULATIONS = 10_000;
    public static final int DEFAULT_BACKTEST_MONTHS = 12;
    public static final BigDecimal DEFAULT_STALE_CYCLES = new BigDecimal("2");
    /** Tuned on a time split of the M3 training data (docs/benchmarks.md). */
    public static final double DEFAULT_INTERVAL_SCALE = 1.10;

    /** @return the documented defaults */
    public static ForecastSettings defaults() {
        return new ForecastSettings(DEFAULT_HORIZON, DEFAULT_SEED, DEFAULT_SIMULATIONS, DEFAULT_BACKTEST_MONTHS,
                DEFAULT_STALE_CYCLES, DEFAULT_INTERVAL_SCALE, Optional.empty(), Optional.empty());
    }

    /**
     * Reads the {@code forecast.*} keys.
     *
     * @throws InvalidInputException naming the key when a value is malformed or out of range
     */
    public static ForecastSettings from(SettingsFile file) throws InvalidInputException {
        int horizon = file.integer("forecast.horizon", DEFAULT_HORIZON);
        require(file, horizon >= 1 && horizon <= 36, "forecast.horizon", "a whole number of months from 1 to 36",
                horizon);
        long seed = file.longValue("forecast.seed", DEFAULT_SEED);
        int simulations = file.integer("forecast.simulations", DEFAULT_SIMULATIONS);
        require(file, simulations >= 100 && simulations <= 1_000_000, "forecast.simulations",
                "a whole number from 100 to 1000000", simulations);
        int backtest = file.integer("forecast.backtest_months", DEFAULT_BACKTEST_MONTHS);
        require(file, backtest >= 1 && backtest <= 60, "forecast.backtest_months", "a whole number from 1 to 60",
                backtest);
        // one definition of a stale deal for the whole report: the audit's stale factor
        BigDecimal stale = file.decimal("audit.stale_factor", DEFAULT_STALE_CYCLES);
        require(file, stale.signum() > 0, "audit.stale_factor", "a positive number", stale);
        BigDecimal scale = file.decimal("forecast.interval_scale", BigDecimal.valueOf(DEFAULT_INTERVAL_SCALE));
        require(file, scale.signum() > 0 && scale.compareTo(BigDecimal.TEN) <= 0, "forecast.interval_scale",
                "a positive number up to 10", scale);
        Optional<BigDecimal> growth = optionalDecimal(file, "forecast.run_rate.growth");
        if (growth.isPresent() && growth.get().compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw file.invalid("forecast.run_rate.growth", "a growth rate above -1 (0.05 is 5 %)",
                    growth.get().toPlainString());
        }
        Optional<BigDecimal> newRepDeals = optionalDecimal(file, "forecast.run_rate.new_rep_deals");
        if (newRepDeals.isPresent() && newRepDeals.get().signum() < 0) {
            throw file.invalid("forecast.run_rate.new_rep_deals", "a number of deals, 0 or more",
                    newRepDeals.get().toPlainString());
        }
        String periodText = file.text("forecast.period").orElse(ForecastPeriod.MONTH.key());
        ForecastPeriod period = ForecastPeriod.parse(periodText)
                .orElseThrow(() -> file.invalid("forecast.period", "month or quarter", periodText));
        return new ForecastSettings(horizon, seed, simulations, backtest, stale, scale.doubleValue(), growth,
                newRepDeals, period);
    }

    private static Optional<BigDecimal> optionalDecimal(SettingsFile file, String key) throws InvalidInputException {
        if (file.text(key).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file.decimal(key, BigDecimal.ZERO));
    }

    private static void require(SettingsFile file, boolean ok, String key, String expected, Object found)
            throws InvalidInputException {
        if (!ok) {
            throw file.invalid(key, expected, found instanceof BigDecimal b ? b.toPlainString() : String.valueOf(found));
        }
    }
}
