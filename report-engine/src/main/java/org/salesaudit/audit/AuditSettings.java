package org.salesaudit.audit;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

import org.salesaudit.settings.SettingsFile;

/**
 * What every audit needs besides the data.
 *
 * @param asOf     the date the audit describes: open deals are open on it, windows end on it
 * @param currency the reporting currency (amounts are already in it)
 * @param stages   the stage probabilities for the weighted pipeline
 */
public record AuditSettings(LocalDate asOf, Currency currency, StageProbabilities stages) {

    /** Length of the analysis window ending on the as-of date. */
    public static final int WINDOW_MONTHS = 12;

    public AuditSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(stages, "stages");
    }

    /** Reads the audit's settings ({@code audit.*} keys; none yet beyond the defaults). */
    public static AuditSettings from(SettingsFile file, LocalDate asOf, Currency currency) {
        return new AuditSettings(asOf, currency, StageProbabilities.defaults());
    }

    /** @return the first day of the analysis window: twelve months before the as-of date, plus one day */
    public LocalDate windowStart() {
        return asOf.minusMonths(WINDOW_MONTHS).plusDays(1);
    }

    /** @return whether {@code date} falls within the analysis window (both ends included) */
    public boolean inWindow(LocalDate date) {
        return date != null && !date.isBefore(windowStart()) && !date.isAfter(asOf);
    }
}
