package org.salesaudit.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.salesaudit.model.Dataset;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

/**
 * Writes a starting mapping file for an unknown export: for every sheet, the dataset it looks like,
 * the header each field was matched to, the headers nothing matched, and the fields still without a
 * column (commented out, to fill in). Only the first rows of each sheet are read.
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
            for (SheetHead head : SheetHead.read(file, mapping.csvEncoding())) {
                describe(name, head, out);
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

    /** The first rows of one sheet. */
    record SheetHead(String name, List<Row> rows) {

        record Row(int number, List<RawCell> cells) {
        }

        static List<SheetHead> read(Path file, java.util.Optional<java.nio.charset.Charset> csvEncoding)
                throws IOException, InvalidInputException {
            List<SheetHead> heads = new ArrayList<>();
            try {
                if (CsvSource.isCsv(file)) {
                    heads.add(head(new CsvSource(file, csvEncoding)));
                } else {
                    try (WorkbookSource workbook = WorkbookSource.open(file)) {
                        for (SheetRows sheet : workbook.sheets()) {
                            heads.add(head(sheet));
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

        private static SheetHead head(SheetRows sheet) throws Exception {
            List<Row> rows = new ArrayList<>();
            sheet.forEachRow((number, cells) -> {
                rows.add(new Row(number, cells));
                return rows.size() < SheetIngester.HEADER_SEARCH_ROWS;
            });
            return new SheetHead(sheet.sheetName(), rows);
        }
    }
}
