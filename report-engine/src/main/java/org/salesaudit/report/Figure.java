package org.salesaudit.report;

import java.util.Objects;

/**
 * One headline number of a section.
 *
 * @param key      the stable key under which results.json carries it (e.g. {@code audit.win_rate})
 * @param labelKey the message key of its label in the report bundles
 */
public record Figure(String key, String labelKey, Value value) {

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
    }
}
