package org.salesaudit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.salesaudit.problem.ProblemPolicy;

/** What the goals that read workbooks share: which workbooks, how to read them, the language and currency. */
abstract class AbstractWorkbookMojo extends AbstractSalesAuditMojo {

    /** The workbooks to read (.xlsx, .xlsm, .xls), together as one data set with {@code workbookFiles}. */
    @Parameter(property = "salesaudit.workbooks")
    List<File> workbooks;

    /**
     * A folder of workbooks, with optional Ant-style {@code includes} and {@code excludes} (default:
     * every .xlsx, .xlsm and .xls file under the folder, sorted by path). Read together with
     * {@code workbooks} as one data set.
     */
    @Parameter
    WorkbookFiles workbookFiles;

    /**
     * Language of the output: en, ko, ar, pl or ru. (Commission statements of reps with a Language in
     * the Reps sheet are in that language.)
     */
    @Parameter(property = "salesaudit.language", defaultValue = "en")
    String language;

    /** An optional column-mapping file naming the client's sheets and headers (docs/workbook-format.md). */
    @Parameter(property = "salesaudit.mapping")
    File mapping;

    /**
     * An optional settings file (docs/settings.md): the audit reads its {@code audit.*}, {@code forecast.*} and
     * {@code report.*} keys, the commissions goal its {@code commissions.*} keys.
     */
    @Parameter(property = "salesaudit.settings")
    File settings;

    /** The reporting currency (ISO 4217, e.g. EUR). Default: the most frequent deal currency. */
    @Parameter(property = "salesaudit.currency")
    String currency;

    /** Fail the build on any data problem, even a repaired value or a warning. */
    @Parameter(property = "salesaudit.strict", defaultValue = "false")
    boolean strict;

    /** @return the configured workbooks, absolute and without duplicates */
    final List<Path> inputs() throws MojoFailureException, IOException {
        return Options.workbooks(workbooks, workbookFiles);
    }

    /** @return the locale of the configured language */
    final Locale locale() throws MojoFailureException {
        return Options.locale(language);
    }

    /** @return the mapping file, or {@code null} when none is configured */
    final Path mappingFile() {
        return mapping == null ? null : mapping.toPath();
    }

    /** @return the settings file, or {@code null} when none is configured */
    final Path settingsFile() {
        return settings == null ? null : settings.toPath();
    }

    /** @return the configured currency, or {@code null} to take the most frequent deal currency */
    final Currency reportingCurrency() throws MojoFailureException {
        return Options.currency(currency);
    }

    /** @return what to do with data problems */
    final ProblemPolicy policy() {
        return strict ? ProblemPolicy.STRICT : ProblemPolicy.COLLECT;
    }
}
