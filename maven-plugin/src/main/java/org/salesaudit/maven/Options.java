package org.salesaudit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.MojoFailureException;
import org.salesaudit.engine.ReportRequest;
import org.salesaudit.engine.WorkbookSet;

/** Checks and converts the parameters the goals share, refusing bad values as the command line does. */
final class Options {

    private Options() {
    }

    /**
     * @return the workbooks named in {@code workbooks} and those {@code workbookFiles} selects, absolute,
     *         without duplicates
     * @throws MojoFailureException none configured, or the folder has none
     */
    static List<Path> workbooks(List<File> workbooks, WorkbookFiles workbookFiles)
            throws MojoFailureException, IOException {
        List<Path> inputs = new ArrayList<>();
        if (workbooks != null) {
            workbooks.forEach(f -> inputs.add(f.toPath()));
        }
        if (workbookFiles != null) {
            if (workbookFiles.directory == null) {
                throw Failures.configuration("<workbookFiles> needs a <directory>");
            }
            WorkbookSet set = new WorkbookSet(workbookFiles.directory.toPath(), workbookFiles.includes,
                    workbookFiles.excludes);
            List<Path> found = set.files();
            if (found.isEmpty()) {
                throw Failures.configuration("no workbook in " + set);
            }
            inputs.addAll(found);
        }
        if (inputs.isEmpty()) {
            throw Failures.configuration("no workbooks configured: name them in <workbooks><workbook>...</workbook>"
                    + "</workbooks> or select a folder with <workbookFiles><directory>...</directory></workbookFiles>");
        }
        return inputs.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    }

    /** @return the locale of a supported report language */
    static Locale locale(String language) throws MojoFailureException {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!ReportRequest.LANGUAGES.contains(lang)) {
            throw Failures.configuration("unsupported language '" + language + "' (supported: "
                    + String.join(", ", ReportRequest.LANGUAGES) + ")");
        }
        return Locale.forLanguageTag(lang);
    }

    /** @return the currency of an ISO 4217 code, or {@code null} when none is given */
    static Currency currency(String code) throws MojoFailureException {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Failures.configuration("currency '" + code + "' is not an ISO 4217 code such as EUR");
        }
    }
}
