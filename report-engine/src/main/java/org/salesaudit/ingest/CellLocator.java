package org.salesaudit.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.CellLocation;

/**
 * Finds the cell of a record's field from the record's {@link SourceRef} and the binding of its table,
 * for problems found once every sheet is read. Holds one binding per table, not one entry per row; a
 * sheet may hold several tables (stacked, or side by side).
 */
final class CellLocator {

    /** Per file, sheet and dataset: the tables' bindings in the order their header rows were read. */
    private final Map<Key, List<SheetBinding>> bindings = new HashMap<>();
    private SheetBinding last;

    private record Key(String file, String sheet, Dataset dataset) {
    }

    /** Remembers the binding of a table whose rows are being read. */
    void register(SheetBinding binding) {
        if (binding != last) {
            List<SheetBinding> tables = bindings.computeIfAbsent(
                    new Key(binding.file(), binding.sheet(), binding.dataset()), k -> new ArrayList<>());
            if (tables.stream().noneMatch(t -> t == binding)) {
                tables.add(binding);
            }
            last = binding;
        }
    }

    /**
     * @return the cell of {@code field} in the row {@code source} of a {@code dataset} table, or the row itself
     *         when the table has no such column
     */
    CellLocation locate(Dataset dataset, SourceRef source, String field) {
        SheetBinding binding = tableOf(dataset, source);
        Optional<Integer> column = binding == null ? Optional.empty() : binding.column(field);
        if (column.isEmpty()) {
            return new CellLocation(source.file(), source.sheet(), "row " + source.row(), field);
        }
        return new CellLocation(source.file(), source.sheet(),
                new CellReference(source.row() - 1, column.get()).formatAsString(false), binding.header(field));
    }

    /** @return the table whose header row is the nearest above the row, the first one read when several are */
    private SheetBinding tableOf(Dataset dataset, SourceRef source) {
        SheetBinding found = null;
        for (SheetBinding b : bindings.getOrDefault(new Key(source.file(), source.sheet(), dataset), List.of())) {
            if (b.headerRow() < source.row() && (found == null || b.headerRow() > found.headerRow())) {
                found = b;
            }
        }
        return found;
    }
}
