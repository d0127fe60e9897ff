package org.salesaudit.ingest;

import java.time.LocalDateTime;

/**
 * One cell as read from a sheet, before it is interpreted: its kind and raw value, and its address
 * (e.g. {@code I57}) for problem messages. Formula cells are read by their cached result.
 *
 * <p>Cells read from a workbook keep their row and column as numbers and spell out the A1 address only
 * when a problem asks for it. A blank cell covered by a merged region carries the region's text as
 * {@link #headerText()}, so that merged header cells name every column they span; its value stays blank.
 */
final class RawCell {

    enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    private static final String NO_TEXT = "";

    private final Kind kind;
    private final String text;
    private final double number;
    private final LocalDateTime dateTime;
    /** The address as given, or null when it is spelled out from {@link #row} and {@link #column}. */
    private final String address;
    private final int row;
    private final int column;
    private final String mergedText;

    private RawCell(Kind kind, String text, double number, LocalDateTime dateTime, String address, int row,
            int column, String mergedText) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.dateTime = dateTime;
        this.address = address;
        this.row = row;
        this.column = column;
        this.mergedText = mergedText;
    }

    private static RawCell of(Kind kind, String text, double number, LocalDateTime dateTime, String address) {
        return new RawCell(kind, text, number, dateTime, address, -1, -1, null);
    }

    static RawCell blank(String address) {
        return of(Kind.BLANK, NO_TEXT, 0, null, address);
    }

    static RawCell text(String text, String address) {
        String t = text.strip();
        return t.isEmpty() ? blank(address) : of(Kind.TEXT, t, 0, null, address);
    }

    static RawCell number(double value, String address) {
        return of(Kind.NUMBER, NO_TEXT, value, null, address);
    }

    static RawCell date(LocalDateTime value, String address) {
        return of(Kind.DATE, NO_TEXT, 0, value, address);
    }

    static RawCell bool(boolean value, String address) {
        return of(Kind.BOOLEAN, Boolean.toString(value), 0, null, address);
    }

    static RawCell error(String errorText, String address) {
        return of(Kind.ERROR, errorText, 0, null, address);
    }

    /** A formula whose result was never saved: shown as {@code =SUM(A1:A3)}. */
    static RawCell uncachedFormula(String formula, String address) {
        return of(Kind.ERROR, "=" + formula, 0, null, address);
    }

    // Cells at a 0-based row and column, their address spelled out only when asked for.

    static RawCell blankAt(int row, int column) {
        return at(Kind.BLANK, NO_TEXT, 0, null, row, column);
    }

    static RawCell textAt(String text, int row, int column) {
        String t = text.strip();
        return t.isEmpty() ? blankAt(row, column) : at(Kind.TEXT, t, 0, null, row, column);
    }

    static RawCell numberAt(double value, int row, int column) {
        return at(Kind.NUMBER, NO_TEXT, value, null, row, column);
    }

    static RawCell dateAt(LocalDateTime value, int row, int column) {
        return at(Kind.DATE, NO_TEXT, 0, value, row, column);
    }

    static RawCell boolAt(boolean value, int row, int column) {
        return at(Kind.BOOLEAN, Boolean.toString(value), 0, null, row, column);
    }

    static RawCell errorAt(String errorText, int row, int column) {
        return at(Kind.ERROR, errorText, 0, null, row, column);
    }

    static RawCell uncachedFormulaAt(String formula, int row, int column) {
        return at(Kind.ERROR, "=" + formula, 0, null, row, column);
    }

    private static RawCell at(Kind kind, String text, double number, LocalDateTime dateTime, int row, int column) {
        return new RawCell(kind, text, number, dateTime, null, row, column, null);
    }

    /** @return this cell, blank, carrying the text of the merged region that covers it */
    RawCell coveredBy(String regionText) {
        return new RawCell(kind, text, number, dateTime, address, row, column, regionText);
    }

    Kind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    double number() {
        return number;
    }

    LocalDateTime dateTime() {
        return dateTime;
    }

    /** @return the cell's A1 address, e.g. {@code I57} (or the row, {@code row 57}, for a cell that is not there) */
    String address() {
        return address != null ? address : A1.of(row, column);
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
            case DATE -> shownDate(dateTime);
        };
    }

    /** Recently shown dates with their text: a sheet repeats a few thousand dates over many rows. */
    private static final ShownDate[] SHOWN_DATES = new ShownDate[4096];

    private record ShownDate(LocalDateTime dateTime, String text) {
    }

    private static String shownDate(LocalDateTime dateTime) {
        int slot = (dateTime.hashCode() * 0x9E3779B9) >>> 20;
        ShownDate recent = SHOWN_DATES[slot];
        if (recent != null && recent.dateTime().equals(dateTime)) {
            return recent.text();
        }
        String text = dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? dateTime.toLocalDate().toString() : dateTime.toString();
        SHOWN_DATES[slot] = new ShownDate(dateTime, text);
        return text;
    }

    /**
     * @return the cell as a header: as shown, or for a blank cell covered by a merged region the text of the
     *         region (a header merged across several columns names each of them)
     */
    String headerText() {
        return kind == Kind.BLANK && mergedText != null ? mergedText : shown();
    }

    @Override
    public String toString() {
        return address() + "=" + kind + ":" + shown();
    }
}
