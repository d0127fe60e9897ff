package org.salesaudit.maven;

import java.io.File;
import java.util.List;

/**
 * A folder of workbooks selected by Ant-style patterns, configured as
 * {@code <workbookFiles><directory>data</directory><includes><include>**}{@code /*.xlsx</include></includes></workbookFiles>}.
 */
public class WorkbookFiles {

    /** The folder searched, recursively. */
    File directory;

    /**
     * Patterns relative to the directory that select workbooks ({@code **}{@code /} any folders,
     * {@code *} any characters in a name, {@code ?} one character). Default: every {@code .xlsx},
     * {@code .xlsm} and {@code .xls} file.
     */
    List<String> includes;

    /** Patterns that leave workbooks out. Excel's lock files ({@code ~$*}) are always left out. */
    List<String> excludes;
}
