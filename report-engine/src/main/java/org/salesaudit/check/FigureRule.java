package org.salesaudit.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A bound on one figure of results.json: its value must lie within {@code [min, max]} (both
 * included; either may be absent, not both).
 *
 * @param name the name shown in logs and CI reports, e.g. {@code maxDataProblems} or
 *             {@code rule audit.win_rate}
 * @param key  the figure key, as documented in docs/results-json.md
 * @param min  the smallest allowed value, if any
 * @param max  the largest allowed value, if any
 */
public record FigureRule(String name, String key, Optional<BigDecimal> min, Optional<BigDecimal> max) {

    /** The figure {@code maxDataProblems} bounds. */
    public static final String DATA_PROBLEMS = "data_quality.problems";
    /** The figure {@code maxUnmappedColumns} bounds. */
    public static final String UNMAPPED_COLUMNS = "data_quality.unmapped_columns";
    /** The figure {@code minForecastAccuracy} bounds. */
    public static final String FORECAST_ACCURACY = "forecast.accuracy";
    /** The figure {@code maxStaleDealShare} bounds. */
    public static final String STALE_DEAL_SHARE = "audit.pipeline_health.stale_share";

    public FigureRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    /**
     * A rule on any documented figure, as configured by the user.
     *
     * @param index the rule's position in the user's list (1-based), to name it in errors
     * @throws InvalidRuleException the key is blank, both bounds are missing, or min is above max
     */
    public static FigureRule of(int index, String key, BigDecimal min, BigDecimal max) throws InvalidRuleException {
        if (key == null || key.isBlank()) {
            throw new InvalidRuleException("rule " + index + " has no <key>: name a figure of results.json, "
                    + "e.g. <key>audit.win_rate</key> (docs/results-json.md lists them)");
        }
        String k = key.strip();
        String name = "rule " + k;
        if (min == null && max == null) {
            throw new InvalidRuleException(name + " has neither <min> nor <max>: give at least one bound");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidRuleException(name + " has <min> " + min.toPlainString() + " above <max> "
                    + max.toPlainString() + ": no value can pass");
        }
        return new FigureRule(name, k, Optional.ofNullable(min), Optional.ofNullable(max));
    }

    /**
     * Reads a bound as the user typed it.
     *
     * @param what names the bound in the error, e.g. {@code minForecastAccuracy} or
     *             {@code rule audit.win_rate <min>}
     * @return the number, or {@code null} for a blank text
     * @throws InvalidRuleException the text is not a plain decimal number
     */
    public static BigDecimal number(String what, String text) throws InvalidRuleException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRuleException(what + " '" + text.strip() + "' is not a number (write e.g. 0.25 or 10)");
        }
    }

    /** {@code maxDataProblems}: at most {@code max} data-quality problems (errors and warnings). */
    public static FigureRule maxDataProblems(long max) throws InvalidRuleException {
        return maxCount("maxDataProblems", DATA_PROBLEMS, max);
    }

    /** {@code maxUnmappedColumns}: at most {@code max} columns of recognised sheets that no field uses. */
    public static FigureRule maxUnmappedColumns(long max) throws InvalidRuleException {
        return maxCount("maxUnmappedColumns", UNMAPPED_COLUMNS, max);
    }

    /** {@code minForecastAccuracy}: forecast accuracy of at least {@code min}, a ratio from 0 to 1. */
    public static FigureRule minForecastAccuracy(BigDecimal min) throws InvalidRuleException {
        return new FigureRule("minForecastAccuracy", FORECAST_ACCURACY,
                Optional.of(ratio("minForecastAccuracy", min)), Optional.empty());
    }

    /** {@code maxStaleDealShare}: at most {@code max} of the open deals are stale, a ratio from 0 to 1. */
    public static FigureRule maxStaleDealShare(BigDecimal max) throws InvalidRuleException {
        return new FigureRule("maxStaleDealShare", STALE_DEAL_SHARE,
                Optional.empty(), Optional.of(ratio("maxStaleDealShare", max)));
    }

    private static FigureRule maxCount(String name, String key, long max) throws InvalidRuleException {
        if (max < 0) {
            throw new InvalidRuleException(name + " is " + max + ": a count cannot be negative (0 allows none)");
        }
        return new FigureRule(name, key, Optional.empty(), Optional.of(BigDecimal.valueOf(max)));
    }

    private static BigDecimal ratio(String name, BigDecimal value) throws InvalidRuleException {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidRuleException(name + " is " + value.toPlainString()
                    + ": expected a ratio from 0 to 1 (0.75 means 75 %)");
        }
        return value;
    }

    /** @return the bounds in words, e.g. {@code at most 0} or {@code between 0.2 and 0.8} */
    public String bounds() {
        if (min.isPresent() && max.isPresent()) {
            return "between " + min.get().toPlainString() + " and " + max.get().toPlainString();
        }
        return min.map(m -> "at least " + m.toPlainString()).orElseGet(() -> "at most " + max.get().toPlainString());
    }
}
