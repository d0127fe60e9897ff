package org.salesaudit.report;

import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

/**
 * How the PDF and HTML reports present what they show ({@code report.*} in the settings file,
 * docs/settings.md). results.json and the XLSX workbook always carry everything.
 *
 * @param problemsListedPerKind how many data problems of each kind (code) the data-quality appendix lists;
 *                              the rest are counted ("… and 1,234 more")
 */
public record ReportSettings(int problemsListedPerKind) {

    static final String PROBLEMS_LISTED_KEY = "report.problems_listed_per_kind";

    /** The default of {@code report.problems_listed_per_kind}. */
    public static final int DEFAULT_PROBLEMS_LISTED_PER_KIND = 20;

    /** Above this the appendix would no longer be a summary: a larger value is refused. */
    static final int MAX_PROBLEMS_LISTED_PER_KIND = 100_000;

    public ReportSettings {
        if (problemsListedPerKind < 0 || problemsListedPerKind > MAX_PROBLEMS_LISTED_PER_KIND) {
            throw new IllegalArgumentException("problemsListedPerKind " + problemsListedPerKind);
        }
    }

    /** @return every setting at its default */
    public static ReportSettings defaults() {
        return new ReportSettings(DEFAULT_PROBLEMS_LISTED_PER_KIND);
    }

    /** Reads the {@code report.*} keys. */
    public static ReportSettings from(SettingsFile settings) throws InvalidInputException {
        int listed = settings.integer(PROBLEMS_LISTED_KEY, DEFAULT_PROBLEMS_LISTED_PER_KIND);
        if (listed < 0 || listed > MAX_PROBLEMS_LISTED_PER_KIND) {
            throw settings.invalid(PROBLEMS_LISTED_KEY, "a whole number from 0 to " + MAX_PROBLEMS_LISTED_PER_KIND,
                    Integer.toString(listed));
        }
        return new ReportSettings(listed);
    }
}
