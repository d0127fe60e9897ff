package org.salesaudit.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.salesaudit.model.Dataset;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

/**
 * Writes a starting mapping file for an unknown export: for every sheet, the dataset it looks like,
 * the header each field was matched to, the headers nothing matched, and the fields still without a
 * column (commented out, to fill in). A sheet holding several tables (stacked or side by side, found as
 * {@link SheetIngester} finds them) is described table by table; only the first table names the sheet,
 * so that the others are still recognised by their headers when the file is used as a mapping.
 */
public final class MappingSuggestion {

    /** A sheet counts as a dataset when at least this many of its headers match the dataset's fields. */
    private static final int MIN_MATCHES = 2;

    private final HeaderAliases aliases;
    private final ColumnMapping mapping;

    public MappingSuggestion(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.aliases = HeaderAliases.load(mapping);
    }

    /**
     * @return the text of a mapping file (UTF-8 properties) for {@code files}
     * @throws InvalidInputException when a file cannot be read as a workbook or CSV file
     */
    public String suggest(List<Path> files) throws IOException, InvalidInputException {
        StringBuilder out = new StringBuilder();
        out.append("# Mapping suggested by salesaudit validate --suggest-mapping (see docs/workbook-format.md).\n")
                .append("# Check every line, fill in the commented ones you need, then use it with --mapping FILE.\n");
        for (Path file : files) {
            String name = file.getFileName().toString();
            out.append("\n# ===== ").append(name).append(" =====\n");
            for (SheetHead head : SheetHead.read(file, mapping.csvEncoding(), new SheetIngester(name, aliases))) {
                if (head.tables().size() > 1) {
                    describeTables(head, out);
                } else {
                    describe(name, head, out);
                }
            }
        }
        return out.toString();
    }

    private void describe(String file, SheetHead head, StringBuilder out) {
        SheetBinding best = null;
        Dataset named = null;
        for (Dataset dataset : Schema.READABLE) {
            if (aliases.isSheetOf(dataset, head.name())) {
                named = dataset;
            }
        }
        for (Dataset dataset : Schema.READABLE) {
            if (named != null && dataset != named) {
                continue;
            }
            for (SheetHead.Row row : head.rows()) {
                SheetBinding candidate = SheetBinding.bind(dataset, file, head.name(), row.number(), row.cells(), aliases);
                if (best == null || candidate.score() > best.score()) {
                    best = candidate;
                }
            }
        }
        out.append("\n# Sheet \"").append(head.name()).append("\"");
        if (best == null || (named == null && best.score() < MIN_MATCHES)) {
            out.append(": not recognised").append(head.rows().isEmpty() ? " (empty)" : "").append('\n');
            if (!head.rows().isEmpty()) {
                out.append("#   headers of its first row: ")
                        .append(String.join(", ", nonBlank(head.rows().get(0).cells()))).append('\n')
                        .append("#   to read it, name its dataset, e.g.: deals.sheet = ").append(head.name()).append('\n');
            }
            return;
        }
        String prefix = Schema.prefix(best.dataset());
        out.append(": ").append(prefix).append(", header row ").append(best.headerRow())
                .append(named != null ? " (recognised by its name)" : " (recognised by its headers)").append('\n');
        out.append(prefix).append(".sheet = ").append(head.name()).append('\n');
        describeColumns(best, out);
    }

    /**
     * Describes each table of a sheet holding several. The first table's dataset is named for the sheet;
     * the others' {@code .sheet} lines stay commented out: a sheet named for two datasets has its first table
     * read as one of them (and refused when it is the other), while a table below or beside the first is
     * found by its headers anyway.
     */
    private void describeTables(SheetHead head, StringBuilder out) {
        List<SheetBinding> tables = head.tables();
        Dataset first = tables.get(0).dataset();
        boolean named = aliases.isSheetOf(first, head.name());
        for (int i = 0; i < tables.size(); i++) {
            SheetBinding table = tables.get(i);
            String prefix = Schema.prefix(table.dataset());
            out.append("\n# Sheet \"").append(head.name()).append("\", table ").append(i + 1).append(" of ")
                    .append(tables.size()).append(": ").append(prefix).append(", header row ").append(table.headerRow())
                    .append(", columns ").append(columns(table))
                    .append(i == 0 && named ? " (recognised by its name)" : " (recognised by its headers)").append('\n');
            if (i == 0) {
                out.append(prefix).append(".sheet = ").append(head.name()).append('\n');
            } else {
                out.append("# ").append(prefix).append(".sheet = ").append(head.name())
                        .append("   <- leave out: the sheet is named for its first table, ")
                        .append(Schema.prefix(first)).append("; this table is found by its headers\n");
            }
            describeColumns(table, out);
        }
    }

    /** @return the columns of a table's header cells, e.g. {@code G–I} */
    private static String columns(SheetBinding table) {
        int from = -1;
        int to = -1;
        for (int c = 0; c < table.headers().size(); c++) {
            if (!table.headers().get(c).isBlank()) {
                from = from < 0 ? c : from;
                to = c;
            }
        }
        String first = CellReference.convertNumToColString(Math.max(from, 0));
        String last = CellReference.convertNumToColString(Math.max(to, 0));
        return first.equals(last) ? first : first + "\u2013" + last;
    }

    /** The matched field lines, the headers nothing matched, and the fields still without a column. */
    private void describeColumns(SheetBinding best, StringBuilder out) {
        String prefix = Schema.prefix(best.dataset());
        for (FieldSpec field : Schema.fields(best.dataset())) {
            if (best.has(field.name())) {
                out.append(prefix).append('.').append(field.name()).append(" = ").append(best.header(field.name()))
                        .append('\n');
            }
        }
        List<String> unmatched = new ArrayList<>();
        for (int c = 0; c < best.headers().size(); c++) {
            if (!best.isBound(c) && !best.headers().get(c).isBlank()) {
                unmatched.add(best.headers().get(c));
            }
        }
        out.append("# Columns not matched (ignored unless you name them above): ")
                .append(unmatched.isEmpty() ? "none" : String.join(", ", unmatched)).append('\n');
        for (FieldSpec field : Schema.fields(best.dataset())) {
            if (!best.has(field.name())) {
                out.append("# ").append(prefix).append('.').append(field.name()).append(" = ")
                        .append(field.required() ? "   <- required: name its column" : "").append('\n');
            }
        }
    }

    private static List<String> nonBlank(List<RawCell> cells) {
        Set<String> shown = new LinkedHashSet<>();
        cells.stream().map(RawCell::shown).filter(s -> !s.isBlank()).forEach(shown::add);
        return List.copyOf(shown);
    }

    /** The first rows of one sheet, and the tables ingestion finds in it. */
    record SheetHead(String name, List<Row> rows, List<SheetBinding> tables) {

        record Row(int number, List<RawCell> cells) {
        }

        static List<SheetHead> read(Path file, java.util.Optional<java.nio.charset.Charset> csvEncoding,
                SheetIngester finder) throws IOException, InvalidInputException {
            List<SheetHead> heads = new ArrayList<>();
            try {
                if (CsvSource.isCsv(file)) {
                    heads.add(head(new CsvSource(file, csvEncoding), finder));
                } else {
                    try (WorkbookSource workbook = WorkbookSource.open(file)) {
                        for (SheetRows sheet : workbook.sheets()) {
                            heads.add(head(sheet, finder));
                        }
                    }
                }
            } catch (java.nio.file.NoSuchFileException e) {
                throw e;
            } catch (Exception | Error e) {
                boolean csv = CsvSource.isCsv(file);
                throw new InvalidInputException(Problem.error("file.unreadable",
                        CellLocation.ofFile(file.getFileName().toString()),
                        csv ? "a CSV file (comma, semicolon, tab or pipe separated)" : "an Excel workbook (.xlsx, .xlsm or .xls)",
                        csv ? CsvSource.describe(e) : WorkbookFailures.describe(file, e), "file not used"));
            }
            return heads;
        }

        /** Reads the sheet once: its first rows are kept while ingestion's table finder sees every row. */
        private static SheetHead head(SheetRows sheet, SheetIngester finder) throws Exception {
            List<Row> rows = new ArrayList<>();
            SheetRows watched = new SheetRows() {
                @Override
                public boolean valuesAreText() {
                    return sheet.valuesAreText();
                }

                @Override
                public String sheetName() {
                    return sheet.sheetName();
                }

                @Override
                public void forEachRow(RowVisitor visitor) throws Exception {
                    sheet.forEachRow((number, cells) -> {
                        if (rows.size() < SheetIngester.HEADER_SEARCH_ROWS) {
                            rows.add(new Row(number, cells));
                        }
                        return visitor.visit(number, cells);
                    });
                }
            };
            List<SheetBinding> tables;
            try {
                tables = finder.tables(watched);
            } catch (InvalidInputException e) {
                // a sheet named for a dataset lacks a required column: described from its first rows
                tables = List.of();
            }
            return new SheetHead(sheet.sheetName(), rows, tables);
        }
    }
}
