package org.salesaudit.report;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.salesaudit.problem.Problem;

/**
 * The immutable model handed to every renderer: what the report says, independent of its format
 * and language. Every number it shows is a {@link Figure} or a table cell with a stable key, so
 * results.json carries exactly what the PDF and the XLSX show.
 *
 * @param asOf     the date the report describes the data at
 * @param currency the reporting currency
 * @param sections the audit sections in report order, skipped ones included
 * @param problems the data-quality problems found while reading the inputs
 * @param settings how the PDF and HTML reports present them (results.json and the XLSX carry everything)
 */
public record ReportModel(
        String generator,
        LocalDate asOf,
        Currency currency,
        List<InputFile> inputs,
        List<SectionOutcome> sections,
        List<Problem> problems,
        ReportSettings settings) {

    public ReportModel {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        inputs = List.copyOf(inputs);
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
        Objects.requireNonNull(settings, "settings");
    }

    /** A model presented with the default {@link ReportSettings}. */
    public ReportModel(String generator, LocalDate asOf, Currency currency, List<InputFile> inputs,
            List<SectionOutcome> sections, List<Problem> problems) {
        this(generator, asOf, currency, inputs, sections, problems, ReportSettings.defaults());
    }

    /** @return the sections that were produced, in report order */
    public List<Section> producedSections() {
        return sections.stream().filter(Section.class::isInstance).map(Section.class::cast).toList();
    }

    /** @return the sections that were skipped, in report order */
    public List<Skipped> skippedSections() {
        return sections.stream().filter(Skipped.class::isInstance).map(Skipped.class::cast).toList();
    }

    /**
     * @return the findings of every produced section, most money at stake first, findings without a
     *         money figure last, ties in report order: the executive summary
     */
    public List<Finding> findings() {
        return producedSections().stream().flatMap(s -> s.findings().stream())
                .sorted(Finding.BY_MONEY_AT_STAKE).toList();
    }

    /** @return every figure of every produced section */
    public Stream<Figure> figures() {
        return producedSections().stream().flatMap(s -> s.figures().stream());
    }
}
