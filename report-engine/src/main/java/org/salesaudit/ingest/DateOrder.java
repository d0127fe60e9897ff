package org.salesaudit.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * How to read a slashed text date such as {@code 03/05/2024} in one column: day first or month first.
 * Set per column in a mapping file ({@code deals.close_date.dates = day-first}); without a rule such a
 * date is read only when one of its parts is above 12.
 */
enum DateOrder {
    /** {@code 03/05/2024} is 3 May 2024. */
    DAY_FIRST,
    /** {@code 03/05/2024} is 5 March 2024. */
    MONTH_FIRST;

    /** @return the order a mapping file value names: {@code day-first}, {@code D/M/Y}, {@code month-first}, {@code M/D/Y} */
    static Optional<DateOrder> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (t) {
            case "dayfirst", "dmy", "dm" -> Optional.of(DAY_FIRST);
            case "monthfirst", "mdy", "md" -> Optional.of(MONTH_FIRST);
            default -> Optional.empty();
        };
    }
}
