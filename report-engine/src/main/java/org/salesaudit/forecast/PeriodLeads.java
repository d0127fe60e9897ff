package org.salesaudit.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.salesaudit.model.Lead;

/**
 * Leads created per complete month or quarter up to a date (from the Leads sheet's created dates):
 * from the period of the first lead created on or before the date to the last period that ends on
 * or before it.
 *
 * @param period the period counted in
 * @param first  the first period (its first month)
 * @param counts leads created per period, oldest first
 */
record PeriodLeads(ForecastPeriod period, YearMonth first, List<Long> counts) {

    static PeriodLeads upTo(List<Lead> leads, LocalDate date, ForecastPeriod period) {
        YearMonth last = period.lastComplete(date);
        List<YearMonth> periods = leads.stream().map(Lead::created).filter(Objects::nonNull)
                .map(c -> c.toLocalDate()).filter(d -> !d.isAfter(date)).map(period::containing).toList();
        Optional<YearMonth> start = periods.stream().min(YearMonth::compareTo);
        if (start.isEmpty() || start.get().isAfter(last)) {
            return new PeriodLeads(period, period.containing(date), List.of());
        }
        int n = (int) period.between(start.get(), last) + 1;
        long[] counts = new long[n];
        for (YearMonth p : periods) {
            long i = period.between(start.get(), p);
            if (i < n) {
                counts[(int) i]++;
            }
        }
        return new PeriodLeads(period, start.get(), java.util.Arrays.stream(counts).boxed().toList());
    }

    /** @return the period after the last one */
    YearMonth next() {
        return period.plus(first, counts.size());
    }

    double[] asArray() {
        return counts.stream().mapToDouble(Long::doubleValue).toArray();
    }
}
