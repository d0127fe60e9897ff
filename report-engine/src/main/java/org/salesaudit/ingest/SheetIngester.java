package org.salesaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.salesaudit.model.Dataset;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.report.InputSheet;

/**
 * Reads one sheet in a single pass: looks for the header row among its first rows, decides which
 * dataset each table holds (the sheet's name names the first one, else its headers do), then hands
 * every data row to the dataset's mapper. A sheet may hold several tables: side by side (column blocks
 * separated by blank columns, see {@link TableLayout}) and stacked, where a table ends at a blank or title
 * row followed, within {@value #NEXT_HEADER_SEARCH_ROWS} rows, by the header row of the next table.
 */
final class SheetIngester {

    /** Header rows are looked for among this many first non-empty rows (title rows may sit above). */
    static final int HEADER_SEARCH_ROWS = 20;

    /** After a blank or title row, the next table's header row is looked for among this many rows. */
    static final int NEXT_HEADER_SEARCH_ROWS = 5;

    private final String file;
    private final TableLayout layout;
    private final HeaderAliases aliases;
    private final ProblemLog problems;
    private final RecordSink sink;
    private final ValuePool shared;

    /** Receives the rows of a recognised table. */
    interface RecordSink {
        /** @return true when the row became a record, false when it was left out */
        boolean accept(Dataset dataset, RowReader row);
    }

    SheetIngester(String file, HeaderAliases aliases, ProblemLog problems, RecordSink sink, ValuePool shared) {
        this.shared = shared;
        this.file = file;
        this.aliases = aliases;
        this.layout = new TableLayout(file, aliases);
        this.problems = problems;
        this.sink = sink;
    }

    /** A reader that only finds the tables of a sheet (see {@link #tables}); it reads no records. */
    SheetIngester(String file, HeaderAliases aliases) {
        this(file, aliases, new ProblemLog(ProblemPolicy.COLLECT), null, null);
    }

    /**
     * @return how each table of the sheet was used, in the order the tables were found; one unrecognised
     *         entry when the sheet holds no known table
     */
    List<InputSheet> ingest(SheetRows sheet) throws Exception {
        SheetPass pass = new SheetPass(sheet.sheetName(), sheet.valuesAreText());
        sheet.forEachRow(pass::accept);
        return pass.finish();
    }

    /**
     * Finds the tables of a sheet exactly as {@link #ingest} does, reading every row but none of them into
     * records.
     *
     * @return the tables in the order they were found; empty when the sheet holds no known table
     * @throws InvalidInputException when the sheet is named after a dataset whose required columns it lacks
     */
    List<SheetBinding> tables(SheetRows sheet) throws Exception {
        SheetPass pass = new SheetPass(sheet.sheetName(), sheet.valuesAreText());
        sheet.forEachRow(pass::accept);
        pass.finish();
        return pass.tables.stream().map(t -> t.binding).toList();
    }

    /** The state of one read of a sheet. */
    private final class SheetPass {
        private final String name;
        private final boolean valuesAreText;
        /** The first rows, while the first header row is looked for. */
        private final List<Row> head = new ArrayList<>();
        private boolean started;
        private boolean abandoned;
        private final List<Table> tables = new ArrayList<>();
        private List<Table> active = List.of();
        /** Rows after a blank or title row, while the next table's header row is looked for; null otherwise. */
        private List<Row> probe;
        private int lastRow;

        SheetPass(String name, boolean valuesAreText) {
            this.name = name;
            this.valuesAreText = valuesAreText;
        }

        boolean accept(int rowNumber, List<RawCell> cells) throws InvalidInputException {
            if (!started) {
                head.add(new Row(rowNumber, cells));
                return head.size() < HEADER_SEARCH_ROWS || start();
            }
            next(rowNumber, cells);
            return true;
        }

        /** @return false when no table was found in the first rows: the sheet is not read further */
        private boolean start() throws InvalidInputException {
            List<SheetBinding> first = firstTables(name, head);
            if (first.isEmpty()) {
                abandoned = true;
                return false;
            }
            started = true;
            open(first);
            lastRow = first.get(0).headerRow();
            for (Row r : head) {
                if (r.number() > lastRow) {
                    next(r.number(), r.cells());
                }
            }
            head.clear();
            return true;
        }

        private void next(int rowNumber, List<RawCell> cells) {
            boolean afterGap = rowNumber > lastRow + 1;
            lastRow = rowNumber;
            if (probe != null) {
                Row row = new Row(rowNumber, cells);
                probe.add(row);
                if (!startsTables(row) && probe.size() >= NEXT_HEADER_SEARCH_ROWS) {
                    flushProbe();
                }
                return;
            }
            if ((afterGap || TableLayout.isTitle(cells)) && TableLayout.isAllText(cells)) {
                Row row = new Row(rowNumber, cells);
                probe = new ArrayList<>();
                probe.add(row);
                startsTables(row);
                return;
            }
            read(rowNumber, cells);
        }

        /** @return true when {@code row} is the header row of further tables, which then take the rows below */
        private boolean startsTables(Row row) {
            if (!TableLayout.isAllText(row.cells())) {
                return false;
            }
            List<SheetBinding> found = layout.tablesByHeaders(name, row.number(), row.cells());
            if (found.isEmpty()) {
                return false;
            }
            probe = null;
            open(found);
            return true;
        }

        /** No header row followed the blank or title row: the rows belong to the tables above. */
        private void flushProbe() {
            List<Row> rows = probe;
            probe = null;
            rows.forEach(r -> read(r.number(), r.cells()));
        }

        private void open(List<SheetBinding> bindings) {
            active = bindings.stream().map(Table::new).toList();
            tables.addAll(active);
        }

        private void read(int rowNumber, List<RawCell> cells) {
            for (Table table : active) {
                table.read(rowNumber, cells, valuesAreText);
            }
        }

        List<InputSheet> finish() throws InvalidInputException {
            if (!started && !abandoned) {
                start();
            }
            if (probe != null) {
                flushProbe();
            }
            if (tables.isEmpty()) {
                return List.of(new InputSheet(name, null, 0, 0, 0, List.of()));
            }
            return tables.stream().map(Table::used).toList();
        }
    }

    /** One table of a sheet: its binding and how many of its rows became records. */
    private final class Table {
        private final SheetBinding binding;
        private final int[] boundColumns;
        private final FieldColumns fields;
        private long read;
        private long leftOut;

        Table(SheetBinding binding) {
            this.binding = binding;
            this.boundColumns = binding.boundColumns();
            this.fields = new FieldColumns(binding);
        }

        void read(int rowNumber, List<RawCell> rowCells, boolean valuesAreText) {
            if (sink == null || rowNumber <= binding.headerRow()) {
                return;
            }
            List<RawCell> cells = binding.spansWholeRows() ? rowCells
                    : TableLayout.block(rowNumber, rowCells, binding.firstColumn(), binding.endColumn());
            RowReader reader = new RowReader(binding, fields, rowNumber, cells, problems, valuesAreText, shared);
            if (reader.isBlank(boundColumns)) {
                return;
            }
            if (sink.accept(binding.dataset(), reader)) {
                read++;
            } else {
                leftOut++;
            }
        }

        InputSheet used() {
            List<String> unmapped = new ArrayList<>();
            for (int c = 0; c < binding.headers().size(); c++) {
                if (!binding.isBound(c) && !binding.headers().get(c).isBlank()) {
                    unmapped.add(binding.headers().get(c));
                }
            }
            return new InputSheet(binding.sheet(), Schema.prefix(binding.dataset()), binding.headerRow(), read, leftOut,
                    unmapped);
        }
    }

    /** @return the tables of the first header row: the sheet's name names the dataset, else the headers do */
    private List<SheetBinding> firstTables(String sheetName, List<Row> head) throws InvalidInputException {
        for (Dataset dataset : Schema.READABLE) {
            if (aliases.isSheetOf(dataset, sheetName)) {
                SheetBinding best = headerRow(dataset, sheetName, head);
                checkRequired(best, dataset, sheetName, head);
                Row row = head.stream().filter(r -> r.number() == best.headerRow()).findFirst().orElseThrow();
                return layout.tablesOfNamedSheet(dataset, sheetName, row.number(), row.cells());
            }
        }
        if (aliases.isReservedSheet(sheetName)) {
            return List.of();
        }
        // by headers: the first row where tables are recognised, else (a table naming a single column) the
        // dataset whose required columns are all there and that names most columns
        for (Row row : head) {
            if (TableLayout.isAllText(row.cells())) {
                List<SheetBinding> found = layout.tablesByHeaders(sheetName, row.number(), row.cells());
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        SheetBinding chosen = null;
        for (Dataset dataset : Schema.READABLE) {
            SheetBinding best = bestHeaderRow(dataset, sheetName, head);
            if (best != null && TableLayout.isComplete(best) && (chosen == null || best.score() > chosen.score())) {
                chosen = best;
            }
        }
        return chosen == null ? List.of() : List.of(chosen);
    }

    /** @return the first row holding a complete table of {@code dataset}, else the row naming most of its columns */
    private SheetBinding headerRow(Dataset dataset, String sheetName, List<Row> head) {
        for (Row row : head) {
            SheetBinding candidate = SheetBinding.bind(dataset, file, sheetName, row.number(), row.cells(), aliases);
            if (candidate.score() >= TableLayout.MIN_SCORE && TableLayout.isComplete(candidate)) {
                return candidate;
            }
        }
        return bestHeaderRow(dataset, sheetName, head);
    }

    private SheetBinding bestHeaderRow(Dataset dataset, String sheetName, List<Row> head) {
        SheetBinding best = null;
        for (Row row : head) {
            SheetBinding candidate = SheetBinding.bind(dataset, file, sheetName, row.number(), row.cells(), aliases);
            if (best == null || candidate.score() > best.score()) {
                best = candidate;
            }
        }
        return best;
    }

    private void checkRequired(SheetBinding binding, Dataset dataset, String sheetName, List<Row> head)
            throws InvalidInputException {
        if (binding == null || binding.score() == 0) {
            throw problems.fatal(Problem.error("sheet.no_header", CellLocation.ofSheet(file, sheetName),
                    "a header row with the columns " + requiredNames(dataset) + " within the first "
                            + HEADER_SEARCH_ROWS + " rows",
                    head.isEmpty() ? "an empty sheet" : "no known column header", "workbook not used"));
        }
        List<String> missing = TableLayout.missingRequired(binding);
        if (!missing.isEmpty()) {
            String field = missing.get(0);
            throw problems.fatal(Problem.error("sheet.missing_column",
                    CellLocation.ofSheet(file, sheetName),
                    "a column \"" + aliases.aliasesOf(dataset, field).get(0) + "\" in the header row (row "
                            + binding.headerRow() + "; also recognised: "
                            + String.join(", ", aliases.aliasesOf(dataset, field).subList(1,
                                    Math.min(6, aliases.aliasesOf(dataset, field).size())))
                            + "; or name it in a --mapping file as " + Schema.prefix(dataset) + "." + field + ")",
                    "columns " + binding.headers().stream().filter(h -> !h.isBlank())
                            .collect(Collectors.joining(", ")),
                    "workbook not used"));
        }
    }

    private String requiredNames(Dataset dataset) {
        return Schema.fields(dataset).stream().filter(FieldSpec::required)
                .map(f -> aliases.aliasesOf(dataset, f.name()).get(0))
                .collect(Collectors.joining(", "));
    }

    private record Row(int number, List<RawCell> cells) {
    }
}
