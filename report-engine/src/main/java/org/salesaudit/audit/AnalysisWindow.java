package org.salesaudit.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The analysis window of an audit: from {@code start} to {@code end}, both included (twelve months up to the
 * as-of date, see {@link AuditSettings#window()}).
 */
public record AnalysisWindow(LocalDate start, LocalDate end) {

    public AnalysisWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** @return whether {@code date} falls within the window (both ends included); false for null */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }
}
