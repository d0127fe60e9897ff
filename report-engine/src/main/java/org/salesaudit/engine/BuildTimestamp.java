package org.salesaudit.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The as-of date of a reproducible build: the UTC day of a {@code project.build.outputTimestamp}
 * value, which is either an ISO-8601 date-time with offset ({@code 2026-11-30T00:00:00Z}) or seconds
 * since the epoch ({@code 1796083200}). A value of one character (Maven's convention for "not set")
 * or an empty one gives no date.
 */
public final class BuildTimestamp {

    private BuildTimestamp() {
    }

    /**
     * @return the UTC date of {@code outputTimestamp}, or empty when it is not set
     * @throws IllegalArgumentException the value is neither form; the message quotes it
     */
    public static Optional<LocalDate> asOfDate(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.strip().length() < 2) {
            return Optional.empty();
        }
        String value = outputTimestamp.strip();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + value + "' is neither an ISO-8601 "
                    + "date-time such as 2026-11-30T00:00:00Z nor seconds since 1970-01-01");
        }
    }
}
