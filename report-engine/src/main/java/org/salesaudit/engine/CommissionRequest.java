package org.salesaudit.engine;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.salesaudit.problem.ProblemPolicy;

/**
 * What commission statements to produce.
 *
 * @param workbooks       the data and plan workbooks, read together
 * @param outputDirectory where statements, register and manifest go (written atomically)
 * @param period          the month of the statements
 * @param locale          the register's language, and the statements' for reps without a Language
 * @param mapping         an optional column-mapping file for the Deals and Reps sheets
 * @param previous        the payout register of a previous run, to compare with and adjust
 * @param currency        the currency; empty: the most frequent deal currency
 * @param policy          collect data problems, or refuse any (strict)
 * @param settings        an optional settings file; its {@code commissions.*} keys apply (docs/settings.md)
 */
public record CommissionRequest(List<Path> workbooks, Path outputDirectory, YearMonth period, Locale locale,
        Optional<Path> mapping, Optional<Path> previous, Optional<Currency> currency, ProblemPolicy policy,
        Optional<Path> settings) {

    /** A request without a settings file. */
    public CommissionRequest(List<Path> workbooks, Path outputDirectory, YearMonth period, Locale locale,
            Optional<Path> mapping, Optional<Path> previous, Optional<Currency> currency, ProblemPolicy policy) {
        this(workbooks, outputDirectory, period, locale, mapping, previous, currency, policy, Optional.empty());
    }

    public CommissionRequest {
        workbooks = List.copyOf(workbooks);
        if (workbooks.isEmpty()) {
            throw new IllegalArgumentException("at least one workbook is needed");
        }
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(locale, "locale");
        if (!ReportRequest.LANGUAGES.contains(locale.getLanguage())) {
            throw new IllegalArgumentException("unsupported language: " + locale.toLanguageTag());
        }
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(settings, "settings");
    }

    /** A request with English as fallback language, no mapping, no previous run, collecting problems. */
    public static CommissionRequest of(List<Path> workbooks, Path outputDirectory, YearMonth period) {
        return new CommissionRequest(workbooks, outputDirectory, period, Locale.ENGLISH, Optional.empty(),
                Optional.empty(), Optional.empty(), ProblemPolicy.COLLECT);
    }

    public CommissionRequest withPrevious(Path file) {
        return new CommissionRequest(workbooks, outputDirectory, period, locale, mapping, Optional.of(file), currency,
                policy, settings);
    }

    public CommissionRequest withSettings(Path file) {
        return new CommissionRequest(workbooks, outputDirectory, period, locale, mapping, previous, currency, policy,
                Optional.of(file));
    }
}
