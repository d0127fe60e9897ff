package org.salesaudit.render.xlsx;

import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths computed from the text shown in each column, counting East Asian wide characters
 * twice. Unlike {@code Sheet.autoSizeColumn} this does not measure with the installed fonts, so the
 * same report gives the same widths on every machine.
 */
final class ColumnWidths {

    static final int MIN_CHARS = 8;
    static final int MAX_CHARS = 80;
    private static final int PADDING_CHARS = 2;
    /** Excel measures column widths in 1/256 of a character. */
    private static final int UNITS_PER_CHAR = 256;

    private final Map<Integer, Integer> widest = new TreeMap<>();

    /** Takes {@code text}, shown in column {@code column}, into account. */
    void note(int column, String text) {
        widest.merge(column, displayWidth(text), Math::max);
    }

    /** Sets the width of every column that had text noted. */
    void apply(Sheet sheet) {
        widest.forEach((column, chars) -> sheet.setColumnWidth(column, units(chars)));
    }

    /** @return the width of {@code chars} characters of text, padded and kept within bounds, in 1/256 */
    static int units(int chars) {
        int padded = Math.min(MAX_CHARS, Math.max(MIN_CHARS, chars + PADDING_CHARS));
        return padded * UNITS_PER_CHAR;
    }

    /** @return the width of the longest line of {@code text} in characters, wide characters counting 2 */
    static int displayWidth(String text) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, line);
                line = 0;
            } else {
                line += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(widest, line);
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (cp >= 0xFF01 && cp <= 0xFF60) // full-width forms
                || (cp >= 0x3000 && cp <= 0x303F); // CJK punctuation
    }
}
