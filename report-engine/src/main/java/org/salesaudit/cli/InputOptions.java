package org.salesaudit.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads workbooks shares. */
final class InputOptions {

    @Parameters(paramLabel = "WORKBOOK", arity = "1..*",
            description = "Excel workbooks (.xlsx, .xlsm, .xls) or CSV exports (.csv, .tsv) read together as one data set. They are never modified.")
    List<Path> workbooks;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A column-mapping file naming the client's sheets and headers (see docs/workbook-format.md).")
    Path mapping;
}
