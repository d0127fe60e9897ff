package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of a section. Every row has one value per column.
 *
 * @param key          the key under which results.json carries the rows (e.g. {@code audit.quota_attainment.reps})
 * @param titleKey     the message key of its caption
 * @param emptyNoteKey the message key of the sentence that explains a table without rows (shown in its
 *                     place), or {@code null} to show the empty table
 */
public record Table(String key, String titleKey, List<Column> columns, List<List<Value>> rows, String emptyNoteKey) {

    /** A table shown as it is even when it has no rows. */
    public Table(String key, String titleKey, List<Column> columns, List<List<Value>> rows) {
        this(key, titleKey, columns, rows, null);
    }

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

    /** @return this table, explained by the message {@code noteKey} when it has no rows */
    public Table explainedWhenEmpty(String noteKey) {
        return new Table(key, titleKey, columns, rows, Objects.requireNonNull(noteKey, "noteKey"));
    }

    /** @return whether the table has no rows and a sentence to show instead */
    public boolean showsEmptyNote() {
        return rows.isEmpty() && emptyNoteKey != null;
    }
}
