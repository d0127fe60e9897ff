package org.salesaudit.report;

import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

/**
 * How the PDF and HTML reports present what they show ({@code report.*} in the settings file,
 * docs/settings.md). results.json and the XLSX workbook always carry everything.
 *
 * @param problemsListedPerKind how many data problems of each kind (code) the data-quality appendix lists;
 *                              the rest are counted ("… and 1,234 more")
 * @param tableRowsListed       how many rows of each section table the PDF and HTML reports list; the rest
 *                              are counted under the table
 */
public record ReportSettings(int problemsListedPerKind, int tableRowsListed) {

    static final String PROBLEMS_LISTED_KEY = "report.problems_listed_per_kind";
    static final String TABLE_ROWS_KEY = "report.table_rows_listed";

    /** The default of {@code report.problems_listed_per_kind}. */
    public static final int DEFAULT_PROBLEMS_LISTED_PER_KIND = 20;

    /** Above this the appendix would no longer be a summary: a larger value is refused. */
    static final int MAX_PROBLEMS_LISTED_PER_KIND = 100_000;

    /**
     * The default of {@code report.table_rows_listed}: a table of a large data set (every stale deal of a
     * million) would otherwise fill thousands of pages, while the tables of a team of 200 reps stay whole.
     */
    public static final int DEFAULT_TABLE_ROWS_LISTED = 200;

    /** The most rows of one table a report lists. */
    static final int MAX_TABLE_ROWS_LISTED = 100_000;

    public ReportSettings {
        if (problemsListedPerKind < 0 || problemsListedPerKind > MAX_PROBLEMS_LISTED_PER_KIND) {
            throw new IllegalArgumentException("problemsListedPerKind " + problemsListedPerKind);
        }
        if (tableRowsListed < 1 || tableRowsListed > MAX_TABLE_ROWS_LISTED) {
            throw new IllegalArgumentException("tableRowsListed " + tableRowsListed);
        }
    }

    /** @return every setting at its default */
    public static ReportSettings defaults() {
        return new ReportSettings(DEFAULT_PROBLEMS_LISTED_PER_KIND, DEFAULT_TABLE_ROWS_LISTED);
    }

    /** Reads the {@code report.*} keys. */
    public static ReportSettings from(SettingsFile settings) throws InvalidInputException {
        int listed = settings.integer(PROBLEMS_LISTED_KEY, DEFAULT_PROBLEMS_LISTED_PER_KIND);
        if (listed < 0 || listed > MAX_PROBLEMS_LISTED_PER_KIND) {
            throw settings.invalid(PROBLEMS_LISTED_KEY, "a whole number from 0 to " + MAX_PROBLEMS_LISTED_PER_KIND,
                    Integer.toString(listed));
        }
        int rows = settings.integer(TABLE_ROWS_KEY, DEFAULT_TABLE_ROWS_LISTED);
        if (rows < 1 || rows > MAX_TABLE_ROWS_LISTED) {
            throw settings.invalid(TABLE_ROWS_KEY, "a whole number from 1 to " + MAX_TABLE_ROWS_LISTED,
                    Integer.toString(rows));
        }
        return new ReportSettings(listed, rows);
    }
}
