package org.salesaudit.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesaudit.model.Dataset;

/**
 * How one table's columns map to a dataset's fields: the header row, and for each recognised field
 * the column index (counted from column A) and the header as written. A table spans the columns
 * {@code firstColumn} (inclusive) to {@code endColumn} (exclusive): the whole row, or one block of
 * columns when tables sit side by side.
 */
record SheetBinding(Dataset dataset, String file, String sheet, int headerRow, Map<String, Integer> columns,
        Map<String, List<Integer>> fallbacks, List<String> headers, Map<String, DateOrder> dateOrders,
        int firstColumn, int endColumn) {

    /** The end of a table that runs to the last column of the sheet. */
    static final int LAST_COLUMN = Integer.MAX_VALUE;

    SheetBinding {
        columns = Map.copyOf(columns);
        fallbacks = Map.copyOf(fallbacks);
        headers = List.copyOf(headers);
        dateOrders = Map.copyOf(dateOrders);
    }

    /**
     * Binds the header cells of one row: each field takes the leftmost column that names it; further
     * columns naming the same field are fallbacks, read where the first is blank (Pipedrive's
     * "Expected close date", "Won time" and "Lost time" are all close dates).
     */
    static SheetBinding bind(Dataset dataset, String file, String sheet, int headerRow, List<RawCell> headerCells,
            HeaderAliases aliases) {
        return bind(dataset, file, sheet, headerRow, headerCells, 0, LAST_COLUMN, aliases);
    }

    /**
     * Binds the header cells of the columns {@code from} (inclusive) to {@code to} (exclusive) of one row;
     * headers outside that block are left blank.
     */
    static SheetBinding bind(Dataset dataset, String file, String sheet, int headerRow, List<RawCell> headerCells,
            int from, int to, HeaderAliases aliases) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, List<Integer>> fallbacks = new LinkedHashMap<>();
        List<String> headers = new ArrayList<>(headerCells.size());
        for (int c = 0; c < headerCells.size(); c++) {
            headers.add(c >= from && c < to ? headerCells.get(c).headerText() : "");
        }
        for (int c = from; c < Math.min(to, headers.size()); c++) {
            int column = c;
            aliases.fieldFor(dataset, headers.get(c)).ifPresent(field -> {
                if (columns.putIfAbsent(field, column) != null) {
                    fallbacks.computeIfAbsent(field, f -> new ArrayList<>()).add(column);
                }
            });
        }
        Map<String, DateOrder> dateOrders = new LinkedHashMap<>();
        for (String field : columns.keySet()) {
            aliases.dateOrder(dataset, field).ifPresent(order -> dateOrders.put(field, order));
        }
        return new SheetBinding(dataset, file, sheet, headerRow, columns, fallbacks, headers, dateOrders, from, to);
    }

    /** @return whether the table spans whole rows rather than one block of columns beside another table */
    boolean spansWholeRows() {
        return firstColumn == 0 && endColumn == LAST_COLUMN;
    }

    /** @return the column's rule for slashed text dates, or null when it has none */
    DateOrder dateOrder(String field) {
        return dateOrders.get(field);
    }

    boolean has(String field) {
        return columns.containsKey(field);
    }

    /** @return the further columns naming {@code field}, read in order where the first is blank */
    List<Integer> fallbackColumns(String field) {
        return fallbacks.getOrDefault(field, List.of());
    }

    /** @return every column bound to a field, first or as a fallback, in ascending order */
    int[] boundColumns() {
        java.util.TreeSet<Integer> bound = new java.util.TreeSet<>(columns.values());
        fallbacks.values().forEach(bound::addAll);
        return bound.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return whether column {@code c} is bound to a field, first or as a fallback */
    boolean isBound(int c) {
        return columns.containsValue(c) || fallbacks.values().stream().anyMatch(l -> l.contains(c));
    }

    Optional<Integer> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** @return the header text of a bound field's column */
    String header(String field) {
        return headers.get(columns.get(field));
    }

    /** @return how many fields are bound: the score of a header row candidate */
    int score() {
        return columns.size();
    }
}
