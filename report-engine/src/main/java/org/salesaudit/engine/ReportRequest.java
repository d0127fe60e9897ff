package org.salesaudit.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.salesaudit.problem.ProblemPolicy;

/**
 * What to audit and what to produce. Build one with {@link #builder(List, Path)}.
 *
 * @param workbooks the input files, read together as one data set
 * @param outputDirectory where the reports and results.json go (created or updated atomically)
 * @param formats   the report formats; results.json is always written
 * @param locale    the report language: en, ko, ar, pl or ru
 * @param mapping   an optional column-mapping file (see docs/workbook-format.md)
 * @param settings  an optional settings file (see docs/settings.md)
 * @param asOf      the date the report describes; empty: the latest date found in the data
 * @param currency  the reporting currency; empty: the most frequent deal currency
 * @param policy    collect data problems and report them, or fail on the first
 * @param templates an optional folder of report templates replacing bundled ones (see docs/templates.md)
 */
public record ReportRequest(
        List<Path> workbooks,
        Path outputDirectory,
        Set<OutputFormat> formats,
        Locale locale,
        Optional<Path> mapping,
        Optional<Path> settings,
        Optional<LocalDate> asOf,
        Optional<Currency> currency,
        ProblemPolicy policy,
        Optional<Path> templates) {

    /** The report languages with message bundles and fonts. */
    public static final List<String> LANGUAGES = List.of("en", "ko", "ar", "pl", "ru");

    public ReportRequest {
        workbooks = List.copyOf(workbooks);
        if (workbooks.isEmpty()) {
            throw new IllegalArgumentException("at least one workbook is needed");
        }
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(locale, "locale");
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw new IllegalArgumentException("unsupported report language: " + locale.toLanguageTag()
                    + " (supported: " + String.join(", ", LANGUAGES) + ")");
        }
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(templates, "templates");
    }

    public static Builder builder(List<Path> workbooks, Path outputDirectory) {
        return new Builder(workbooks, outputDirectory);
    }

    /** @return the formats in a fixed order (PDF, XLSX, HTML) */
    public List<OutputFormat> orderedFormats() {
        return EnumSet.copyOf(formats.isEmpty() ? EnumSet.noneOf(OutputFormat.class) : formats).stream().toList();
    }

    /** Builds a {@link ReportRequest}; defaults: PDF and XLSX, English, no mapping, collect problems. */
    public static final class Builder {
        private final List<Path> workbooks;
        private final Path outputDirectory;
        private Set<OutputFormat> formats = EnumSet.of(OutputFormat.PDF, OutputFormat.XLSX);
        private Locale locale = Locale.ENGLISH;
        private Path mapping;
        private Path settings;
        private LocalDate asOf;
        private Currency currency;
        private ProblemPolicy policy = ProblemPolicy.COLLECT;
        private Path templates;

        private Builder(List<Path> workbooks, Path outputDirectory) {
            this.workbooks = workbooks;
            this.outputDirectory = outputDirectory;
        }

        public Builder formats(Set<OutputFormat> value) {
            this.formats = value;
            return this;
        }

        public Builder locale(Locale value) {
            this.locale = value;
            return this;
        }

        public Builder mapping(Path value) {
            this.mapping = value;
            return this;
        }

        public Builder settings(Path value) {
            this.settings = value;
            return this;
        }

        public Builder asOf(LocalDate value) {
            this.asOf = value;
            return this;
        }

        public Builder currency(Currency value) {
            this.currency = value;
            return this;
        }

        public Builder policy(ProblemPolicy value) {
            this.policy = value;
            return this;
        }

        public Builder templates(Path value) {
            this.templates = value;
            return this;
        }

        public ReportRequest build() {
            return new ReportRequest(workbooks, outputDirectory, formats, locale, Optional.ofNullable(mapping),
                    Optional.ofNullable(settings), Optional.ofNullable(asOf), Optional.ofNullable(currency), policy,
                    Optional.ofNullable(templates));
        }
    }
}
