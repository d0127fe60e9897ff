package org.salesaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the rows of one worksheet part ({@code xl/worksheets/sheetN.xml}) straight from its UTF-8 bytes,
 * one row at a time: a pull parser made for the few elements a sheet's data uses ({@code row}, {@code c},
 * {@code v}, {@code f}, {@code is}, {@code t}), with no event object per element and no text formatting.
 *
 * <p>It is strict where it matters for safety: a document type declaration is refused (no DTD, so no
 * entity expansion and no external entities), and the only entity references read are XML's five
 * predefined ones and character references. Comments, processing instructions and CDATA sections are
 * understood; namespace prefixes are ignored (only local names are compared).
 */
final class SheetPartReader {

    /** Receives each row that has at least one cell (blank or not). */
    @FunctionalInterface
    interface RowSink {
        /**
         * @param row   the 0-based row index
         * @param cells the row's cells, index = 0-based column, gaps filled with blank cells
         * @return false to stop reading
         */
        boolean row(int row, List<RawCell> cells) throws Exception;
    }

    /** Thrown for markup that is refused or broken; its message names the reason. */
    static class RefusedXmlException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedXmlException(String message) {
            super(message);
        }
    }

    /** Thrown for markup that is not well-formed: an end tag that does not close the open element, or a part
     *  that ends with elements still open. */
    static final class MalformedXmlException extends RefusedXmlException {
        private static final long serialVersionUID = 1L;

        MalformedXmlException(String message) {
            super(message);
        }
    }

    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] V = ascii("v");
    private static final byte[] F = ascii("f");
    private static final byte[] IS = ascii("is");
    private static final byte[] T = ascii("t");
    private static final byte[] RPH = ascii("rPh");
    private static final byte[] SHEET_DATA = ascii("sheetData");
    private static final byte[] MERGE_CELL = ascii("mergeCell");
    private static final byte[] ATTR_R = ascii("r");
    private static final byte[] ATTR_REF = ascii("ref");
    private static final byte[] V_OPEN = ascii("<v>");
    private static final byte[] V_C_CLOSE = ascii("</v></c>");
    private static final byte[] IS_T_OPEN = ascii("<is><t>");
    private static final byte[] T_IS_C_CLOSE = ascii("</t></is></c>");

    private static final int START = 1;
    private static final int END = 2;
    private static final int EMPTY = 3;
    private static final int OTHER = 4;

    /** Cell types ({@code t} attribute). */
    private static final int NUMBER = 0;
    private static final int SHARED = 1;
    private static final int INLINE = 2;
    private static final int STR = 3;
    private static final int BOOL = 4;
    private static final int ERROR = 5;
    private static final int ISO_DATE = 6;

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private final InputStream in;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final ExcelDates dates;
    private final RepeatedTexts texts = new RepeatedTexts();

    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    // the current tag: buf[tagStart] == '<', buf[tagEnd] == '>', local name in [nameStart, nameEnd)
    private int tagStart;
    private int tagEnd;
    private int nameStart;
    private int nameEnd;
    private int attrsStart;

    // the current text: either in buf (or textBuf) at [textOff, textOff + textLen), or slowText when it held CDATA
    private byte[] textBuf = new byte[256];
    private byte[] textArr;
    private int textOff;
    private int textLen;
    private String slowText;

    // the attributes of the current c tag, set by cellAttributes()
    private int cellColumn;
    private int cellType;
    private int cellStyle;

    // the names of the open elements, while read() checks that every end tag closes the open element
    private boolean checkNesting;
    private byte[] openNames = new byte[128];
    private int[] openEnds = new int[16];
    private int depth;

    // the current attribute value, set by attribute()
    private int valueStart;
    private int valueEnd;

    SheetPartReader(InputStream in, SharedStrings strings, CellStyles styles, boolean date1904) {
        this.in = in;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.dates = new ExcelDates(date1904);
    }

    /** Reads every row of the sheet's data in order, until the end of {@code sheetData} or until {@code sink} stops. */
    void read(RowSink sink) throws Exception {
        skipByteOrderMark();
        checkNesting = true;
        int rowIndex = -1;
        int column = -1;
        List<RawCell> cells = null;
        int width = 8;
        while (skipText()) {
            int cellTag = cells != null ? cellStartTag() : 0;
            if (cellTag != 0) {
                column = cellColumn >= 0 ? cellColumn : column + 1;
                RawCell cell = cellTag == EMPTY ? RawCell.blankAt(rowIndex, column) : plainCell(cellType, cellStyle, rowIndex, column);
                if (cell == null) {
                    open(tagStart + 1, tagStart + 2);
                    cell = readCell(rowIndex, column);
                }
                put(cells, rowIndex, column, cell);
                continue;
            }
            int kind = readTag();
            if (kind == START || kind == EMPTY) {
                if (nameIs(ROW)) {
                    int r = attribute(ATTR_R) ? parseInt(valueStart, valueEnd) : -1;
                    rowIndex = r > 0 ? r - 1 : rowIndex + 1;
                    column = -1;
                    cells = kind == EMPTY ? null : new ArrayList<>(width);
                } else if (nameIs(C) && cells != null) {
                    cellAttributes();
                    column = cellColumn >= 0 ? cellColumn : column + 1;
                    RawCell cell = kind == EMPTY ? RawCell.blankAt(rowIndex, column) : readCell(rowIndex, column);
                    put(cells, rowIndex, column, cell);
                } else if (nameIs(SHEET_DATA) && kind == EMPTY) {
                    return;
                }
            } else if (kind == END) {
                if (nameIs(ROW) && cells != null) {
                    width = Math.max(width, cells.size());
                    List<RawCell> row = cells;
                    cells = null;
                    if (!row.isEmpty() && !sink.row(rowIndex, row)) {
                        return;
                    }
                } else if (nameIs(SHEET_DATA)) {
                    return;
                }
            }
        }
        if (depth > 0) {
            throw new MalformedXmlException("the part ends inside <" + openName(depth - 1) + ">");
        }
    }

    /**
     * Reads the merged regions of the sheet ({@code <mergeCell ref="B1:C1"/>}, after the sheet's data).
     *
     * @return the regions as {first row, first column, last row, last column}, 0-based
     */
    List<int[]> mergedRegions() throws IOException {
        skipByteOrderMark();
        skipSheetData();
        List<int[]> regions = new ArrayList<>();
        while (skipText()) {
            int kind = readTag();
            if ((kind == START || kind == EMPTY) && nameIs(MERGE_CELL) && attribute(ATTR_REF)) {
                int[] region = parseRange(valueStart, valueEnd);
                if (region != null) {
                    regions.add(region);
                }
            }
        }
        return regions;
    }

    /**
     * Moves past the end of {@code sheetData} looking only at end tags and at the names of start tags: the
     * merge list comes after the data, and the data's start tags are passed over at the speed of a byte
     * search ({@code <} cannot occur in attribute values or text).
     */
    private void skipSheetData() throws IOException {
        while (skipText()) {
            if (!ensure(2)) {
                return;
            }
            byte second = buf[pos + 1];
            if (second == '/' || second == '!' || second == '?') {
                if (readTag() == END && nameIs(SHEET_DATA)) {
                    return;
                }
            } else if (startTagIs(SHEET_DATA)) {
                if (readTag() == EMPTY) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** @return whether the start tag at {@code pos} has the local name {@code name} (its attributes unread) */
    private boolean startTagIs(byte[] name) throws IOException {
        ensure(64);
        int i = pos + 1;
        int localStart = i;
        while (i < limit && !isSpace(buf[i]) && buf[i] != '/' && buf[i] != '>') {
            if (buf[i] == ':') {
                localStart = i + 1;
            }
            i++;
        }
        if (i - localStart != name.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (buf[localStart + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    private void put(List<RawCell> cells, int rowIndex, int column, RawCell cell) {
        if (column < cells.size()) {
            cells.set(column, cell);
            return;
        }
        while (cells.size() < column) {
            cells.add(RawCell.blankAt(rowIndex, cells.size()));
        }
        cells.add(cell);
    }

    /**
     * Keeps one attribute of a {@code c} tag, its value from {@code from} to {@code to} in the buffer: the
     * column of {@code r}, the type of {@code t}, the format index of {@code s}; any other is ignored.
     */
    private void cellAttribute(byte name, int from, int to) {
        switch (name) {
            case 'r' -> cellColumn = column(from, to);
            case 't' -> {
                valueStart = from;
                valueEnd = to;
                cellType = cellType();
            }
            case 's' -> cellStyle = parseInt(from, to);
            default -> {
            }
        }
    }

    /**
     * Reads the attributes of a {@code c} start tag in one pass: its column ({@code r}, -1 when absent), type
     * ({@code t}) and format index ({@code s}).
     */
    private void cellAttributes() {
        cellColumn = -1;
        cellType = NUMBER;
        cellStyle = 0;
        int i = attrsStart;
        int end = tagEnd;
        byte[] b = buf;
        while (i < end) {
            byte ch = b[i];
            if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '/') {
                i++;
                continue;
            }
            int ns = i;
            while (i < end && b[i] != '=' && !isSpace(b[i])) {
                i++;
            }
            int nameLength = i - ns;
            while (i < end && b[i] != '"' && b[i] != '\'') {
                i++;
            }
            if (i >= end) {
                return;
            }
            byte quote = b[i];
            int vs = ++i;
            while (i < end && b[i] != quote) {
                i++;
            }
            if (nameLength == 1) {
                cellAttribute(b[ns], vs, i);
            }
            i++;
        }
    }

    /** @return the 0-based column of a reference such as {@code AB12}, or -1 */
    private int column(int from, int to) {
        int c = 0;
        int i = from;
        while (i < to && isLetter(buf[i])) {
            c = c * 26 + (upper(buf[i]) - 'A' + 1);
            i++;
        }
        return c - 1;
    }

    private RawCell readCell(int row, int column) throws Exception {
        int type = cellType;
        int style = cellStyle;
        RawCell value = null;
        boolean hasValue = false;
        String formula = null;
        String inline = null;
        while (skipText()) {
            int kind = readTag();
            if (kind == END && nameIs(C)) {
                break;
            }
            if (kind == START) {
                if (nameIs(V)) {
                    collectText();
                    hasValue = true;
                    value = value(type, style, row, column);
                } else if (nameIs(F)) {
                    collectText();
                    formula = text();
                } else if (nameIs(IS)) {
                    inline = inlineString();
                }
            } else if (kind == EMPTY) {
                if (nameIs(F)) {
                    formula = "";
                } else if (nameIs(V)) {
                    hasValue = true;
                    textLen = 0;
                    slowText = null;
                    textArr = textBuf;
                    textOff = 0;
                    value = value(type, style, row, column);
                }
            }
        }
        if (formula != null && (!hasValue || value == null)) {
            return RawCell.uncachedFormulaAt(formula, row, column);
        }
        if (value != null) {
            return value;
        }
        if (inline != null) {
            return RawCell.textAt(inline, row, column);
        }
        return RawCell.blankAt(row, column);
    }

    /**
     * Reads a cell's start tag written {@code <c} without a prefix, with attributes of one letter in double
     * quotes ({@code <c r="B2" s="1" t="n">}), when it lies whole in the buffer: its attributes are read in the
     * same pass as the search for its end, with the meaning {@link #cellAttributes} gives them. The tag is then
     * consumed (and not put on the stack of open elements: {@link #plainCell} reads the rest up to its end tag,
     * else the caller puts it there).
     *
     * @return START or EMPTY; 0 for any other markup or form, or a tag not whole in the buffer (nothing consumed)
     */
    private int cellStartTag() {
        byte[] b = buf;
        int p = pos;
        int n = limit;
        if (p + 3 > n || b[p + 1] != 'c') {
            return 0;
        }
        byte after = b[p + 2];
        if (after != ' ' && after != '>' && after != '/') {
            return 0;
        }
        // the attributes are kept as they are read; a tag this path gives up on is read again by cellAttributes()
        cellColumn = -1;
        cellType = NUMBER;
        cellStyle = 0;
        int i = p + 2;
        int kind;
        while (true) {
            if (i >= n) {
                return 0;
            }
            byte ch = b[i];
            if (ch == ' ') {
                i++;
                continue;
            }
            if (ch == '>') {
                kind = START;
                break;
            }
            if (ch == '/') {
                if (i + 1 < n && b[i + 1] == '>') {
                    kind = EMPTY;
                    i++;
                    break;
                }
                return 0;
            }
            if (i + 3 >= n || b[i + 1] != '=' || b[i + 2] != '"') {
                return 0;
            }
            int vs = i + 3;
            int ve = vs;
            while (ve < n && b[ve] != '"') {
                ve++;
            }
            if (ve >= n) {
                return 0;
            }
            cellAttribute(ch, vs, ve);
            i = ve + 1;
        }
        tagStart = p;
        tagEnd = i;
        pos = i + 1;
        return kind;
    }

    /**
     * Reads the two shapes nearly every cell has after its start tag, {@code <v>VALUE</v></c>} and (an inline
     * string) {@code <is><t>TEXT</t></is></c>}, when they lie whole in the buffer: one byte search for the text's
     * end and a comparison with the markup that must follow, instead of a tag at a time (the markup read is
     * well-formed by itself). The value is read exactly as the general path reads it.
     *
     * @return the cell, its end tag consumed; or null, nothing consumed, for any other shape (the general path
     *         reads it)
     */
    private RawCell plainCell(int type, int style, int row, int column) throws IOException {
        byte[] b = buf;
        int start = pos;
        int n = limit;
        boolean inline;
        if (startsWith(start, V_OPEN)) {
            inline = false;
            start += V_OPEN.length;
        } else if (type == INLINE && startsWith(start, IS_T_OPEN)) {
            inline = true;
            start += IS_T_OPEN.length;
        } else {
            return null;
        }
        int end = start;
        while (end < n && b[end] != '<') {
            end++;
        }
        byte[] close = inline ? T_IS_C_CLOSE : V_C_CLOSE;
        if (!startsWith(end, close)) {
            return null;
        }
        RawCell cell;
        if (inline) {
            cell = RawCell.textAt(texts.text(column, b, start, end - start), row, column);
        } else {
            slowText = null;
            textArr = b;
            textOff = start;
            textLen = end - start;
            cell = value(type, style, row, column);
            if (cell == null) {
                return null;
            }
        }
        pos = end + close.length;
        return cell;
    }

    private boolean startsWith(int at, byte[] marker) {
        if (at + marker.length > limit) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            if (buf[at + k] != marker[k]) {
                return false;
            }
        }
        return true;
    }

    /** @return the value of {@code <v>} for a cell of {@code type}, or null when an empty number */
    private RawCell value(int type, int style, int row, int column) throws IOException {
        switch (type) {
            case SHARED: {
                int index = parseInt(textOff, textOff + textLen, textArr);
                if (index < 0 || index >= strings.size()) {
                    throw new RefusedXmlException("shared string " + index + " is missing");
                }
                return RawCell.textAt(strings.get(index), row, column);
            }
            case STR:
            case INLINE:
                return RawCell.textAt(slowText != null ? slowText : texts.text(column, textArr, textOff, textLen), row,
                        column);
            case BOOL: {
                String t = text().strip();
                return RawCell.boolAt(t.equals("1") || t.equalsIgnoreCase("true"), row, column);
            }
            case ERROR: {
                String t = text().strip();
                return RawCell.errorAt(t.isEmpty() ? "#ERROR" : t, row, column);
            }
            case ISO_DATE: {
                String t = text().strip();
                try {
                    return RawCell.dateAt(t.length() <= 10 ? java.time.LocalDate.parse(t).atStartOfDay()
                            : LocalDateTime.parse(t), row, column);
                } catch (java.time.format.DateTimeParseException e) {
                    return RawCell.textAt(t, row, column);
                }
            }
            default: {
                if (slowText == null && isBlank(textArr, textOff, textLen)) {
                    return null;
                }
                double number;
                try {
                    number = slowText != null ? Double.parseDouble(slowText.strip()) : number(textArr, textOff, textLen);
                } catch (NumberFormatException e) {
                    return RawCell.textAt(text(), row, column);
                }
                if (styles.isDate(style) && DateUtil.isValidExcelDate(number)) {
                    return RawCell.dateAt(dates.of(number), row, column);
                }
                return RawCell.numberAt(number, row, column);
            }
        }
    }

    private int cellType() {
        int len = valueEnd - valueStart;
        byte first = len > 0 ? buf[valueStart] : (byte) 'n';
        if (len == 1) {
            return switch (first) {
                case 's' -> SHARED;
                case 'b' -> BOOL;
                case 'e' -> ERROR;
                case 'd' -> ISO_DATE;
                default -> NUMBER;
            };
        }
        if (len == 3 && first == 's') {
            return STR;
        }
        if (len == 9 && first == 'i') {
            return INLINE;
        }
        return NUMBER;
    }

    /** Reads {@code <is>}: the text of its {@code t} elements (rich text runs joined), phonetic runs left out. */
    private String inlineString() throws IOException {
        String text = null;
        StringBuilder runs = null;
        int depth = 1;
        while (depth > 0 && skipText()) {
            int kind = readTag();
            if (kind == START) {
                if (nameIs(T)) {
                    collectText();
                    if (text == null) {
                        text = text();
                    } else {
                        runs = runs == null ? new StringBuilder(text) : runs;
                        runs.append(text());
                    }
                } else if (nameIs(RPH)) {
                    skipElement();
                } else {
                    depth++;
                }
            } else if (kind == END) {
                if (!nameIs(T)) {
                    depth--;
                }
            }
        }
        return runs != null ? runs.toString() : text == null ? "" : text;
    }

    /** Skips everything up to the end tag of the element just started. */
    private void skipElement() throws IOException {
        int depth = 1;
        while (depth > 0 && skipText()) {
            int kind = readTag();
            if (kind == START) {
                depth++;
            } else if (kind == END) {
                depth--;
            }
        }
    }

    // ---- the current text -------------------------------------------------------------------------------

    private String text() throws IOException {
        return slowText != null ? slowText : decode(textArr, textOff, textLen);
    }

    /**
     * Collects the character data up to the next tag. When it lies in the buffer it is left there (no copy);
     * comments and CDATA sections inside the text are handled on a slower path.
     */
    private void collectText() throws IOException {
        slowText = null;
        int start = pos;
        int i = pos;
        while (i < limit && buf[i] != '<') {
            i++;
        }
        if (i < limit && !isMarkupInText(i)) {
            textArr = buf;
            textOff = start;
            textLen = i - start;
            pos = i;
            return;
        }
        // the text crosses the end of the buffer, or holds a comment or a CDATA section
        textLen = 0;
        StringBuilder slow = null;
        while (true) {
            i = pos;
            while (i < limit && buf[i] != '<') {
                i++;
            }
            appendText(pos, i - pos);
            pos = i;
            if (i == limit) {
                if (!fill()) {
                    throw new RefusedXmlException("the sheet part ends inside a value");
                }
                continue;
            }
            if (!ensure(9)) {
                break;
            }
            if (startsWith(pos, "<![CDATA[")) {
                slow = slow == null ? new StringBuilder() : slow;
                slow.append(decode(textBuf, 0, textLen));
                textLen = 0;
                pos += 9;
                int end = find("]]>");
                slow.append(new String(buf, pos, end - pos, StandardCharsets.UTF_8));
                pos = end + 3;
            } else if (startsWith(pos, "<!--")) {
                pos += 4;
                pos = find("-->") + 3;
            } else {
                break;
            }
        }
        if (slow != null) {
            slow.append(decode(textBuf, 0, textLen));
            slowText = slow.toString();
        }
        textArr = textBuf;
        textOff = 0;
    }

    private boolean isMarkupInText(int at) {
        return at + 1 >= limit || buf[at + 1] == '!';
    }

    private void appendText(int from, int len) {
        if (textLen + len > textBuf.length) {
            textBuf = Arrays.copyOf(textBuf, Math.max(textBuf.length * 2, textLen + len));
        }
        System.arraycopy(buf, from, textBuf, textLen, len);
        textLen += len;
    }

    // ---- tags -------------------------------------------------------------------------------------------

    /** Moves to the next {@code <}, skipping text. @return false at the end of the part */
    private boolean skipText() throws IOException {
        while (true) {
            byte[] b = buf;
            for (int i = pos, n = limit; i < n; i++) {
                if (b[i] == '<') {
                    pos = i;
                    return true;
                }
            }
            pos = limit;
            if (!fill()) {
                return false;
            }
        }
    }

    /** Reads the markup at {@code pos}. @return START, END, EMPTY, or OTHER for a comment, declaration or PI */
    private int readTag() throws IOException {
        if (!ensure(2)) {
            throw new RefusedXmlException("the sheet part ends inside a tag");
        }
        byte second = buf[pos + 1];
        if (second == '!' || second == '?') {
            skipDeclaration(second);
            return OTHER;
        }
        int i = pos + 1;
        byte quote = 0;
        while (true) {
            byte[] b = buf;
            int n = limit;
            if (quote == 0) {
                while (i < n && b[i] != '>' && b[i] != '"' && b[i] != '\'') {
                    i++;
                }
                if (i < n && b[i] != '>') {
                    quote = b[i++];
                    continue;
                }
            } else {
                while (i < n && b[i] != quote) {
                    i++;
                }
                if (i < n) {
                    quote = 0;
                    i++;
                    continue;
                }
            }
            if (i < n) {
                break;
            }
            int offset = i - pos;
            if (!fill()) {
                throw new RefusedXmlException("the sheet part ends inside a tag");
            }
            i = pos + offset;
        }
        tagStart = pos;
        tagEnd = i;
        pos = i + 1;
        boolean end = second == '/';
        int n = tagStart + (end ? 2 : 1);
        int localStart = n;
        while (n < tagEnd && !isSpace(buf[n]) && buf[n] != '/' && buf[n] != '>') {
            if (buf[n] == ':') {
                localStart = n + 1;
            }
            n++;
        }
        nameStart = localStart;
        nameEnd = n;
        attrsStart = n;
        int qualifiedStart = tagStart + (end ? 2 : 1);
        if (end) {
            if (checkNesting) {
                close(qualifiedStart, n);
            }
            return END;
        }
        if (buf[tagEnd - 1] == '/') {
            return EMPTY;
        }
        if (checkNesting) {
            open(qualifiedStart, n);
        }
        return START;
    }

    /** Remembers the name of an element just opened. */
    private void open(int from, int to) {
        int start = depth == 0 ? 0 : openEnds[depth - 1];
        int length = to - from;
        if (start + length > openNames.length) {
            openNames = Arrays.copyOf(openNames, Math.max(openNames.length * 2, start + length));
        }
        if (depth == openEnds.length) {
            openEnds = Arrays.copyOf(openEnds, depth * 2);
        }
        System.arraycopy(buf, from, openNames, start, length);
        openEnds[depth++] = start + length;
    }

    /** Checks that an end tag closes the element opened last. */
    private void close(int from, int to) throws MalformedXmlException {
        String name = null;
        if (depth == 0) {
            name = new String(buf, from, to - from, StandardCharsets.UTF_8);
            throw new MalformedXmlException("the end tag </" + name + "> closes no element");
        }
        int start = depth == 1 ? 0 : openEnds[depth - 2];
        int length = openEnds[depth - 1] - start;
        boolean matches = length == to - from;
        for (int k = 0; matches && k < length; k++) {
            matches = openNames[start + k] == buf[from + k];
        }
        if (!matches) {
            name = new String(buf, from, to - from, StandardCharsets.UTF_8);
            throw new MalformedXmlException("the end tag </" + name + "> where </" + openName(depth - 1)
                    + "> was expected");
        }
        depth--;
    }

    private String openName(int level) {
        int start = level == 0 ? 0 : openEnds[level - 1];
        return new String(openNames, start, openEnds[level] - start, StandardCharsets.UTF_8);
    }

    private void skipDeclaration(byte second) throws IOException {
        if (second == '?') {
            pos = find("?>") + 2;
            return;
        }
        ensure(9);
        if (startsWith(pos, "<!--")) {
            pos += 4;
            pos = find("-->") + 3;
        } else if (startsWith(pos, "<![CDATA[")) {
            pos += 9;
            pos = find("]]>") + 3;
        } else {
            // <!DOCTYPE ...> and anything else: a DTD could declare entities (XML bombs, external entities)
            throw new RefusedXmlException("DOCTYPE is not allowed in a sheet part (a document type declaration)");
        }
    }

    private boolean nameIs(byte[] name) {
        int len = nameEnd - nameStart;
        if (len != name.length) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (buf[nameStart + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds an attribute of the current start tag by its name (as written, without a prefix).
     *
     * @return true when found; its value is then at [valueStart, valueEnd) in the buffer
     */
    private boolean attribute(byte[] name) {
        int i = attrsStart;
        int end = tagEnd;
        while (i < end) {
            while (i < end && isSpace(buf[i])) {
                i++;
            }
            int ns = i;
            while (i < end && buf[i] != '=' && !isSpace(buf[i]) && buf[i] != '/' && buf[i] != '>') {
                i++;
            }
            int ne = i;
            while (i < end && isSpace(buf[i])) {
                i++;
            }
            if (i >= end || buf[i] != '=') {
                if (i == ns) {
                    i++;
                }
                continue;
            }
            i++;
            while (i < end && isSpace(buf[i])) {
                i++;
            }
            if (i >= end) {
                return false;
            }
            byte quote = buf[i];
            if (quote != '"' && quote != '\'') {
                return false;
            }
            int vs = ++i;
            while (i < end && buf[i] != quote) {
                i++;
            }
            if (ne - ns == name.length && regionEquals(ns, name)) {
                valueStart = vs;
                valueEnd = i;
                return true;
            }
            i++;
        }
        return false;
    }

    private boolean regionEquals(int at, byte[] name) {
        for (int k = 0; k < name.length; k++) {
            if (buf[at + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    // ---- the buffer -------------------------------------------------------------------------------------

    /** Reads more bytes, keeping those from {@code pos} on. @return false at the end of the stream */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }

    /** @return true when at least {@code n} bytes from {@code pos} are in the buffer */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** @return the index of {@code marker} at or after {@code pos}, reading on as needed */
    private int find(String marker) throws IOException {
        byte[] m = ascii(marker);
        int i = pos;
        while (true) {
            for (; i + m.length <= limit; i++) {
                if (buf[i] == m[0] && startsWith(i, marker)) {
                    return i;
                }
            }
            int offset = i - pos;
            if (!fill()) {
                throw new RefusedXmlException("the sheet part ends inside a comment or declaration");
            }
            i = pos + offset;
        }
    }

    private boolean startsWith(int at, String marker) {
        if (at + marker.length() > limit) {
            return false;
        }
        for (int k = 0; k < marker.length(); k++) {
            if (buf[at + k] != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        if (ensure(2) && ((buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF)
                || (buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE))) {
            throw new RefusedXmlException("a sheet part in UTF-16, not UTF-8");
        }
        if (ensure(3) && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
    }

    // ---- values -----------------------------------------------------------------------------------------

    private int parseInt(int from, int to) {
        return parseInt(from, to, buf);
    }

    private static int parseInt(int from, int to, byte[] a) {
        long v = 0;
        boolean any = false;
        for (int i = from; i < to; i++) {
            byte b = a[i];
            if (b >= '0' && b <= '9') {
                v = v * 10 + (b - '0');
                any = true;
                if (v > Integer.MAX_VALUE) {
                    return -1;
                }
            } else if (!isSpace(b) || any) {
                return isSpace(b) ? (int) v : -1;
            }
        }
        return any ? (int) v : -1;
    }

    /** @return {first row, first column, last row, last column} of a range such as {@code B1:C2}, or null */
    private int[] parseRange(int from, int to) {
        int colon = from;
        while (colon < to && buf[colon] != ':') {
            colon++;
        }
        int[] first = parseRef(from, colon);
        int[] last = colon < to ? parseRef(colon + 1, to) : first;
        if (first == null || last == null) {
            return null;
        }
        return new int[] {Math.min(first[0], last[0]), Math.min(first[1], last[1]), Math.max(first[0], last[0]),
            Math.max(first[1], last[1])};
    }

    /** @return {row, column}, 0-based, of a reference such as {@code $B$12}, or null */
    private int[] parseRef(int from, int to) {
        int i = from;
        int c = 0;
        while (i < to && (buf[i] == '$' || isLetter(buf[i]))) {
            if (buf[i] != '$') {
                c = c * 26 + (upper(buf[i]) - 'A' + 1);
            }
            i++;
        }
        while (i < to && buf[i] == '$') {
            i++;
        }
        int r = parseInt(i, to);
        return c > 0 && r > 0 ? new int[] {r - 1, c - 1} : null;
    }

    /** Parses a number as {@link Double#parseDouble} does; plain decimals without going through a String. */
    static double number(byte[] a, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end && isSpace(a[i])) {
            i++;
        }
        while (end > i && isSpace(a[end - 1])) {
            end--;
        }
        boolean negative = i < end && a[i] == '-';
        int start = negative ? i + 1 : i;
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        int k = start;
        for (; k < end; k++) {
            byte b = a[k];
            if (b >= '0' && b <= '9') {
                if (mantissa != 0 || b != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (b - '0');
                if (fraction >= 0) {
                    fraction++;
                }
                if (digits > 15) {
                    break;
                }
            } else if (b == '.' && fraction < 0) {
                fraction = 0;
            } else {
                break;
            }
        }
        boolean simple = k == end && k > start && (fraction < 0 || k > start + 1) && fraction <= 22;
        if (simple) {
            double value = fraction > 0 ? mantissa / POW10[fraction] : (double) mantissa;
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(a, i, end - i, StandardCharsets.ISO_8859_1));
    }

    /** Decodes UTF-8 text, normalises line ends as XML does and resolves entity and character references. */
    static String decode(byte[] a, int off, int len) throws RefusedXmlException {
        boolean ascii = true;
        boolean amp = false;
        boolean cr = false;
        for (int i = off, end = off + len; i < end; i++) {
            byte b = a[i];
            if (b < 0) {
                ascii = false;
            } else if (b == '&') {
                amp = true;
            } else if (b == '\r') {
                cr = true;
            }
        }
        String s = new String(a, off, len, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        if (cr) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return amp ? references(s) : s;
    }

    private static String references(String s) throws RefusedXmlException {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch != '&') {
                out.append(ch);
                i++;
                continue;
            }
            int semi = s.indexOf(';', i);
            if (semi < 0) {
                throw new RefusedXmlException("an entity reference without its ';'");
            }
            String name = s.substring(i + 1, semi);
            switch (name) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    if (!name.startsWith("#")) {
                        throw new RefusedXmlException("the entity \"" + name + "\" is not declared");
                    }
                    try {
                        int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                                : Integer.parseInt(name.substring(1));
                        out.appendCodePoint(code);
                    } catch (IllegalArgumentException e) {
                        throw new RefusedXmlException("a malformed character reference &" + name + ";");
                    }
                }
            }
            i = semi + 1;
        }
        return out.toString();
    }

    private static boolean isBlank(byte[] a, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (!isSpace(a[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static boolean isLetter(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    private static int upper(byte b) {
        return b >= 'a' ? b - 32 : b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    boolean date1904() {
        return date1904;
    }
}
