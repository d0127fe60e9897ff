package org.salesaudit.ingest;

import java.time.LocalDateTime;

/**
 * One cell as read from a sheet, before it is interpreted: its kind and raw value, and its address
 * (e.g. {@code I57}) for problem messages. Formula cells are read by their cached result.
 */
record RawCell(Kind kind, String text, double number, LocalDateTime dateTime, String address) {

    enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    static RawCell blank(String address) {
        return new RawCell(Kind.BLANK, "", 0, null, address);
    }

    static RawCell text(String text, String address) {
        String t = text.strip();
        return t.isEmpty() ? blank(address) : new RawCell(Kind.TEXT, t, 0, null, address);
    }

    static RawCell number(double value, String address) {
        return new RawCell(Kind.NUMBER, "", value, null, address);
    }

    static RawCell date(LocalDateTime value, String address) {
        return new RawCell(Kind.DATE, "", 0, value, address);
    }

    static RawCell bool(boolean value, String address) {
        return new RawCell(Kind.BOOLEAN, Boolean.toString(value), 0, null, address);
    }

    static RawCell error(String errorText, String address) {
        return new RawCell(Kind.ERROR, errorText, 0, null, address);
    }

    /** A formula whose result was never saved: shown as {@code =SUM(A1:A3)}. */
    static RawCell uncachedFormula(String formula, String address) {
        return new RawCell(Kind.ERROR, "=" + formula, 0, null, address);
    }

    /** @return true for a formula cell without a saved result */
    boolean isUncachedFormula() {
        return kind == Kind.ERROR && text.startsWith("=");
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** @return the cell as the user sees it, for "found ..." in problem messages */
    String shown() {
        return switch (kind) {
            case BLANK -> "";
            case TEXT, BOOLEAN, ERROR -> text;
            case NUMBER -> NumberText.plain(number);
            case DATE -> dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? dateTime.toLocalDate().toString() : dateTime.toString();
        };
    }
}
