package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salesaudit.model.Deal;

/**
 * Bookings (amounts of won deals, by close month) of every complete month up to a date: from the
 * month of the first deal created or closed to the last month that ends on or before the date.
 *
 * @param first  the first month
 * @param values bookings per month, oldest first
 */
record MonthlyBookings(YearMonth first, List<BigDecimal> values) {

    static MonthlyBookings upTo(List<Deal> deals, LocalDate date) {
        YearMonth last = YearMonth.from(date);
        if (!date.equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        Optional<YearMonth> start = deals.stream()
                .flatMap(d -> java.util.stream.Stream.of(d.created(), d.closeDate()))
                .filter(java.util.Objects::nonNull).filter(d -> !d.isAfter(date)).map(YearMonth::from)
                .min(YearMonth::compareTo);
        List<BigDecimal> values = new ArrayList<>();
        if (start.isEmpty() || start.get().isAfter(last)) {
            return new MonthlyBookings(YearMonth.from(date), values);
        }
        for (YearMonth m = start.get(); !m.isAfter(last); m = m.plusMonths(1)) {
            values.add(RunRateForecast.won(deals, m.atDay(1).minusDays(1), m.atEndOfMonth()));
        }
        return new MonthlyBookings(start.get(), List.copyOf(values));
    }

    /** @return the month after the last one */
    YearMonth next() {
        return first.plusMonths(values.size());
    }

    double[] asArray() {
        return values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }
}
