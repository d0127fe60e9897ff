package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.salesaudit.model.Deal;

/**
 * Bookings (amounts of won deals, by close date) of every complete month or quarter up to a date:
 * from the period of the first deal created or closed to the last period that ends on or before the
 * date.
 *
 * @param period the period counted in
 * @param first  the first period (its first month)
 * @param values bookings per period, oldest first
 */
record PeriodBookings(ForecastPeriod period, YearMonth first, List<BigDecimal> values) {

    static PeriodBookings upTo(List<Deal> deals, LocalDate date, ForecastPeriod period) {
        YearMonth last = period.lastComplete(date);
        Optional<YearMonth> start = firstDate(deals, date).map(period::containing);
        if (start.isEmpty() || start.get().isAfter(last)) {
            return new PeriodBookings(period, period.containing(date), List.of());
        }
        // one pass over the deals: each won deal closed within the periods adds to its period (exact
        // BigDecimal sums, so the same values as summing period by period)
        int count = (int) period.between(start.get(), last) + 1;
        LocalDate from = period.start(start.get());
        LocalDate to = period.end(last);
        BigDecimal[] values = new BigDecimal[count];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        int firstMonth = start.get().getYear() * 12 + start.get().getMonthValue() - 1;
        for (Deal d : deals) {
            LocalDate close = d.closeDate();
            if (d.isWon() && close != null && !close.isBefore(from) && !close.isAfter(to)) {
                int k = (close.getYear() * 12 + close.getMonthValue() - 1 - firstMonth) / period.months();
                values[k] = values[k].add(d.amount());
            }
        }
        return new PeriodBookings(period, start.get(), List.of(values));
    }

    /** @return the earliest creation or close date on or before {@code date} */
    private static Optional<LocalDate> firstDate(List<Deal> deals, LocalDate date) {
        LocalDate first = null;
        for (Deal d : deals) {
            first = earlier(first, d.created(), date);
            first = earlier(first, d.closeDate(), date);
        }
        return Optional.ofNullable(first);
    }

    /** @return {@code day} when it is on or before {@code date} and before {@code first} (or first is null), else first */
    private static LocalDate earlier(LocalDate first, LocalDate day, LocalDate date) {
        return day != null && !day.isAfter(date) && (first == null || day.isBefore(first)) ? day : first;
    }

    /** @return the period after the last one */
    YearMonth next() {
        return period.plus(first, values.size());
    }

    double[] asArray() {
        return values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }
}
