package org.salesaudit.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesaudit.model.Dataset;

/**
 * How one sheet's columns map to a dataset's fields: the header row, and for each recognised field
 * the column index and the header as written.
 */
record SheetBinding(Dataset dataset, String file, String sheet, int headerRow, Map<String, Integer> columns,
        Map<String, List<Integer>> fallbacks, List<String> headers, Map<String, DateOrder> dateOrders) {

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
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, List<Integer>> fallbacks = new LinkedHashMap<>();
        List<String> headers = headerCells.stream().map(RawCell::headerText).toList();
        for (int c = 0; c < headers.size(); c++) {
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
        return new SheetBinding(dataset, file, sheet, headerRow, columns, fallbacks, headers, dateOrders);
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
