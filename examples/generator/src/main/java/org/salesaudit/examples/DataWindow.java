package org.salesaudit.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The fixed constants of the example: seed, data window, company and document timestamp. */
final class DataWindow {

    /** The seed of every random choice in the example workbook. */
    static final long SEED = 20_261_070L;

    /** First day of the data window. */
    static final LocalDate START = LocalDate.of(2024, 11, 1);

    /**
     * Start of the simulated history. The months before {@link #START} only give the window an
     * opening pipeline and customer base; of them the workbook shows only the deals still open on
     * {@link #START} (and the customers still active then).
     */
    static final LocalDate HISTORY_START = LocalDate.of(2024, 4, 1);

    /** Last day of the data window: the data is "as of" the end of this day. */
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    /** The last instant covered by the data. */
    static final LocalDateTime AS_OF_END = AS_OF.atTime(23, 59);

    /** Timestamp written into the document properties and every zip entry. */
    static final LocalDateTime DOCUMENT_TIME = LocalDateTime.of(2026, 11, 1, 0, 0);

    /** {@link #DOCUMENT_TIME} as an instant in UTC. */
    static final Instant DOCUMENT_INSTANT = Instant.parse("2026-11-01T00:00:00Z");

    static final String COMPANY = "Acme Analytics";
    static final String CURRENCY = "USD";
    static final String CREATOR = "salesaudit example generator";

    private DataWindow() {
    }

    /** Fraction of the window elapsed on {@code date}, 0 at the start and 1 at the as-of date. */
    static double elapsed(LocalDate date) {
        double total = AS_OF.toEpochDay() - START.toEpochDay();
        double done = date.toEpochDay() - START.toEpochDay();
        return Math.max(0.0, Math.min(1.0, done / total));
    }

    static boolean within(LocalDate date) {
        return !date.isBefore(START) && !date.isAfter(AS_OF);
    }
}
