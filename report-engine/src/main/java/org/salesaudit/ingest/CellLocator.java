package org.salesaudit.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;
import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.CellLocation;

/**
 * Finds the cell of a record's field from the record's {@link SourceRef} and the binding of its sheet,
 * for problems found once every sheet is read. Holds one binding per sheet, not one entry per row.
 */
final class CellLocator {

    private final Map<String, Map<String, SheetBinding>> bindings = new HashMap<>();
    private SheetBinding last;

    /** Remembers the binding of a sheet whose rows are being read. */
    void register(SheetBinding binding) {
        if (binding != last) {
            bindings.computeIfAbsent(binding.file(), f -> new HashMap<>()).putIfAbsent(binding.sheet(), binding);
            last = binding;
        }
    }

    /** @return the cell of {@code field} in the row {@code source}, or the row itself when the sheet has no such column */
    CellLocation locate(SourceRef source, String field) {
        SheetBinding binding = bindings.getOrDefault(source.file(), Map.of()).get(source.sheet());
        Optional<Integer> column = binding == null ? Optional.empty() : binding.column(field);
        if (column.isEmpty()) {
            return new CellLocation(source.file(), source.sheet(), "row " + source.row(), field);
        }
        return new CellLocation(source.file(), source.sheet(),
                new CellReference(source.row() - 1, column.get()).formatAsString(false), binding.header(field));
    }
}
