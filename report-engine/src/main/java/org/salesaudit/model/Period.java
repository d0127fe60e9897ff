package org.salesaudit.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period: a month ({@code 2026-10}) or a quarter ({@code 2026-Q3}). Periods are compared
 * by their first day.
 */
public record Period(LocalDate start, LocalDate endInclusive, String label) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        Objects.requireNonNull(label, "label");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + label);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), month.toString());
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth(), year + "-Q" + quarter);
    }

    /**
     * Parses {@code YYYY-MM} or {@code YYYY-Qn}.
     *
     * @return the period, or empty when the text is neither
     */
    public static Optional<Period> parse(String text) {
        String t = text.strip();
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), month)));
        }
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return Optional.of(quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2))));
        }
        return Optional.empty();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(endInclusive);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : endInclusive.compareTo(other.endInclusive);
    }

    @Override
    public String toString() {
        return label;
    }
}
