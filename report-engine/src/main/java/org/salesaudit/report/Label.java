package org.salesaudit.report;

import java.util.Objects;

/**
 * A text shown in a report: either a message key translated by the renderer, or literal text taken
 * from the data (a rep's or a channel's name), never translated.
 */
public record Label(String key, String literal) {

    public Label {
        if ((key == null) == (literal == null)) {
            throw new IllegalArgumentException("a label is either a message key or a literal text");
        }
    }

    public static Label ofKey(String key) {
        return new Label(Objects.requireNonNull(key), null);
    }

    public static Label literal(String text) {
        return new Label(null, Objects.requireNonNull(text));
    }

    public boolean isKey() {
        return key != null;
    }
}
