package org.salesaudit.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The period the forecast section counts in ({@code forecast.period}): calendar months or calendar
 * quarters. A period is identified by its first month.
 */
public enum ForecastPeriod {
    /** Calendar months, labelled {@code YYYY-MM}. */
    MONTH(1),
    /** Calendar quarters (January–March, ...), labelled {@code YYYY-Qn}. */
    QUARTER(3);

    private final int months;

    ForecastPeriod(int months) {
        this.months = months;
    }

    /** @return the setting's value and the suffix of keys: {@code month} or {@code quarter} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return months in one period */
    public int months() {
        return months;
    }

    /** @return periods in a year, the seasonal period of the time series: 12 or 4 */
    public int perYear() {
        return 12 / months;
    }

    /** @return the first month of the period containing {@code date} */
    public YearMonth containing(LocalDate date) {
        YearMonth m = YearMonth.from(date);
        return m.minusMonths((m.getMonthValue() - 1) % months);
    }

    /** @return the period {@code k} periods after {@code period} */
    public YearMonth plus(YearMonth period, long k) {
        return period.plusMonths(k * months);
    }

    /** @return whole periods from {@code from} to {@code to} (both first months of periods) */
    public long between(YearMonth from, YearMonth to) {
        return Math.floorDiv(ChronoUnit.MONTHS.between(from, to), months);
    }

    /** @return the first day of the period */
    public LocalDate start(YearMonth period) {
        return period.atDay(1);
    }

    /** @return the last day of the period */
    public LocalDate end(YearMonth period) {
        return period.plusMonths(months - 1L).atEndOfMonth();
    }

    /** @return the last period that ends on or before {@code date} */
    public YearMonth lastComplete(LocalDate date) {
        YearMonth p = containing(date);
        return date.equals(end(p)) ? p : plus(p, -1);
    }

    /** @return {@code YYYY-MM} or {@code YYYY-Qn} */
    public String label(YearMonth period) {
        return this == MONTH ? period.toString()
                : period.getYear() + "-Q" + ((period.getMonthValue() - 1) / 3 + 1);
    }

    /** @return the period named by a setting value, {@code month} or {@code quarter} (any case) */
    static java.util.Optional<ForecastPeriod> parse(String text) {
        for (ForecastPeriod p : values()) {
            if (p.key().equalsIgnoreCase(text.strip())) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
