package org.salesaudit.report;

import java.util.Objects;

/**
 * A table column.
 *
 * @param key      the field name of the column in results.json rows
 * @param labelKey the message key of its header
 */
public record Column(String key, String labelKey) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
