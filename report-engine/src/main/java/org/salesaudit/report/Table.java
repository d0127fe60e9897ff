package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of a section. Every row has one value per column.
 *
 * @param key      the key under which results.json carries the rows (e.g. {@code audit.quota_attainment.reps})
 * @param titleKey the message key of its caption
 */
public record Table(String key, String titleKey, List<Column> columns, List<List<Value>> rows) {

    public Table {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(titleKey, "titleKey");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Value> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + key + ": a row has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
    }
}
