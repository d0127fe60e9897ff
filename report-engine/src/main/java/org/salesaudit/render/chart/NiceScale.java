package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis scale with round tick values covering the data (steps of 1, 2 or 5 times a power of
 * ten; for dates, first days of months), and the mapping of values onto a pixel range.
 */
final class NiceScale {

    static final int TARGET_TICKS = 5;
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};

    private final BigDecimal min;
    private final BigDecimal max;
    private final List<BigDecimal> ticks;
    private final int fractionDigits;
    private double from;
    private double to;

    private NiceScale(BigDecimal min, BigDecimal max, List<BigDecimal> ticks, int fractionDigits) {
        this.min = min;
        this.max = max;
        this.ticks = List.copyOf(ticks);
        this.fractionDigits = fractionDigits;
    }

    /**
     * @param low  the smallest value to show
     * @param high the largest value to show
     */
    static NiceScale covering(BigDecimal low, BigDecimal high) {
        BigDecimal lo = low.min(high);
        BigDecimal hi = low.max(high);
        if (lo.compareTo(hi) == 0) {
            BigDecimal pad = lo.signum() == 0 ? BigDecimal.ONE : lo.abs().multiply(new BigDecimal("0.1"));
            lo = lo.signum() == 0 ? lo : lo.subtract(pad);
            hi = hi.add(pad);
        }
        BigDecimal step = niceStep(hi.subtract(lo).doubleValue() / TARGET_TICKS);
        BigDecimal niceMin = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal niceMax = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal v = niceMin; v.compareTo(niceMax) <= 0; v = v.add(step)) {
            ticks.add(v);
        }
        return new NiceScale(niceMin, niceMax, ticks, Math.max(0, step.stripTrailingZeros().scale()));
    }

    /** A date axis over day numbers: ticks on the first day of every 1, 2, 3, 6 or 12 months (or more). */
    static NiceScale months(BigDecimal lowDay, BigDecimal highDay) {
        LocalDate low = LocalDate.ofEpochDay(lowDay.setScale(0, RoundingMode.FLOOR).longValueExact());
        LocalDate high = LocalDate.ofEpochDay(highDay.setScale(0, RoundingMode.CEILING).longValueExact());
        LocalDate first = low.withDayOfMonth(1);
        LocalDate last = high.withDayOfMonth(1).equals(high) ? high : high.withDayOfMonth(1).plusMonths(1);
        long span = Math.max(1, ChronoUnit.MONTHS.between(first, last));
        long step = MONTH_STEPS[MONTH_STEPS.length - 1] * (1 + span / 72);
        for (int s : MONTH_STEPS) {
            if (span / s <= TARGET_TICKS + 1) {
                step = s;
                break;
            }
        }
        List<BigDecimal> ticks = new ArrayList<>();
        LocalDate tick = first;
        while (true) {
            ticks.add(BigDecimal.valueOf(tick.toEpochDay()));
            if (!tick.isBefore(last)) {
                break;
            }
            tick = tick.plusMonths(step);
        }
        return new NiceScale(ticks.get(0), ticks.get(ticks.size() - 1), ticks, 0);
    }

    static BigDecimal niceStep(double rough) {
        if (!(rough > 0) || Double.isInfinite(rough)) {
            return BigDecimal.ONE;
        }
        int exponent = (int) Math.floor(Math.log10(rough));
        double fraction = rough / Math.pow(10, exponent);
        int nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    /** Maps the scale onto pixels: {@code min} to {@code from}, {@code max} to {@code to}. */
    NiceScale onto(double fromPixel, double toPixel) {
        this.from = fromPixel;
        this.to = toPixel;
        return this;
    }

    double position(BigDecimal value) {
        double span = max.subtract(min).doubleValue();
        double t = span == 0 ? 0 : value.subtract(min).doubleValue() / span;
        return from + t * (to - from);
    }

    List<BigDecimal> ticks() {
        return ticks;
    }

    /** @return the decimals a tick needs to be written exactly (0 for whole steps) */
    int fractionDigits() {
        return fractionDigits;
    }

    BigDecimal min() {
        return min;
    }

    BigDecimal max() {
        return max;
    }
}
