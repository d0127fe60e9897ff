package org.salesaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.salesaudit.model.Dataset;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.report.InputSheet;

/**
 * Reads one sheet in a single pass: looks for the header row among its first rows, decides which
 * dataset the sheet holds (by its name, else by its headers), then hands every data row to the
 * dataset's mapper.
 */
final class SheetIngester {

    /** Header rows are looked for among this many first non-empty rows (title rows may sit above). */
    static final int HEADER_SEARCH_ROWS = 20;

    private final String file;
    private final HeaderAliases aliases;
    private final ProblemLog problems;
    private final RecordSink sink;
    private final ValuePool shared;

    /** Receives the rows of a recognised sheet. */
    interface RecordSink {
        /** @return true when the row became a record, false when it was left out */
        boolean accept(Dataset dataset, RowReader row);
    }

    SheetIngester(String file, HeaderAliases aliases, ProblemLog problems, RecordSink sink, ValuePool shared) {
        this.shared = shared;
        this.file = file;
        this.aliases = aliases;
        this.problems = problems;
        this.sink = sink;
    }

    InputSheet ingest(SheetRows sheet) throws Exception {
        String name = sheet.sheetName();
        boolean valuesAreText = sheet.valuesAreText();
        List<Row> head = new ArrayList<>();
        SheetBinding[] binding = new SheetBinding[1];
        long[] counts = new long[2];
        sheet.forEachRow((rowNumber, cells) -> {
            if (binding[0] == null) {
                head.add(new Row(rowNumber, cells));
                if (head.size() < HEADER_SEARCH_ROWS) {
                    return true;
                }
                binding[0] = recognise(name, head).orElse(null);
                if (binding[0] == null) {
                    return false;
                }
                for (Row r : head) {
                    readRow(binding[0], r, counts, valuesAreText);
                }
                return true;
            }
            readRow(binding[0], new Row(rowNumber, cells), counts, valuesAreText);
            return true;
        });
        if (binding[0] == null && head.size() < HEADER_SEARCH_ROWS) {
            binding[0] = recognise(name, head).orElse(null);
            if (binding[0] != null) {
                for (Row r : head) {
                    readRow(binding[0], r, counts, valuesAreText);
                }
            }
        }
        if (binding[0] == null) {
            return new InputSheet(name, null, 0, 0, 0, List.of());
        }
        SheetBinding b = binding[0];
        List<String> unmapped = new ArrayList<>();
        for (int c = 0; c < b.headers().size(); c++) {
            if (!b.isBound(c) && !b.headers().get(c).isBlank()) {
                unmapped.add(b.headers().get(c));
            }
        }
        return new InputSheet(name, Schema.prefix(b.dataset()), b.headerRow(), counts[0], counts[1], unmapped);
    }

    private void readRow(SheetBinding binding, Row row, long[] counts, boolean valuesAreText) {
        if (row.number() <= binding.headerRow()) {
            return;
        }
        RowReader reader = new RowReader(binding, row.number(), row.cells(), problems, valuesAreText, shared);
        if (reader.isBlank()) {
            return;
        }
        if (sink.accept(binding.dataset(), reader)) {
            counts[0]++;
        } else {
            counts[1]++;
        }
    }

    private Optional<SheetBinding> recognise(String sheetName, List<Row> head) throws InvalidInputException {
        for (Dataset dataset : Schema.READABLE) {
            if (aliases.isSheetOf(dataset, sheetName)) {
                SheetBinding best = bestHeaderRow(dataset, sheetName, head);
                checkRequired(best, dataset, sheetName, head);
                return Optional.of(best);
            }
        }
        if (aliases.isReservedSheet(sheetName)) {
            return Optional.empty();
        }
        // by headers: of the datasets whose required columns are all there, the one naming most columns
        SheetBinding chosen = null;
        for (Dataset dataset : Schema.READABLE) {
            SheetBinding best = bestHeaderRow(dataset, sheetName, head);
            if (best != null && missingRequired(best).isEmpty() && hasStageOrStatus(best)
                    && (chosen == null || best.score() > chosen.score())) {
                chosen = best;
            }
        }
        return Optional.ofNullable(chosen);
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
        List<String> missing = missingRequired(binding);
        if (!hasStageOrStatus(binding)) {
            missing = new ArrayList<>(missing);
            missing.add("stage");
        }
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

    private static List<String> missingRequired(SheetBinding binding) {
        return Schema.fields(binding.dataset()).stream()
                .filter(FieldSpec::required)
                .map(FieldSpec::name)
                .filter(f -> !binding.has(f))
                .toList();
    }

    private static boolean hasStageOrStatus(SheetBinding binding) {
        return binding.dataset() != Dataset.DEALS || binding.has("stage") || binding.has("status");
    }

    private String requiredNames(Dataset dataset) {
        return Schema.fields(dataset).stream().filter(FieldSpec::required)
                .map(f -> aliases.aliasesOf(dataset, f.name()).get(0))
                .collect(Collectors.joining(", "));
    }

    private record Row(int number, List<RawCell> cells) {
    }
}
