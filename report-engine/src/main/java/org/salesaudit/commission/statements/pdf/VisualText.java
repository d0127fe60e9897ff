package org.salesaudit.commission.statements.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns a line of text from reading order into drawing order: Arabic letters shaped into their
 * joined forms (ICU {@link ArabicShaping}), then the line reordered left to right as it is seen
 * ({@link Bidi}, with mirrored brackets). Lines of a right-to-left statement have a right-to-left
 * base direction; other lines are drawn as they are unless they contain right-to-left letters.
 * Direction marks and other invisible format characters are dropped: the fonts would draw them.
 */
final class VisualText {

    private VisualText() {
    }

    static String of(String logical, boolean rightToLeft) {
        String text = clean(logical);
        if (!rightToLeft && !hasRightToLeft(text)) {
            return text;
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
            Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.RTL : Bidi.LEVEL_DEFAULT_LTR);
            return bidi.writeReordered(Bidi.DO_MIRRORING);
        } catch (ArabicShapingException e) {
            // not reachable with LENGTH_GROW_SHRINK; draw the letters unjoined rather than nothing
            return text;
        }
    }

    /** @return the text without control and format characters (tabs and line breaks become spaces) */
    static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || Character.getType(c) == Character.FORMAT || c == 0x7F) {
                return strip(text);
            }
        }
        return text;
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c >= ' ' && c != 0x7F && Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && (c <= 0x08FF || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))) {
                return true;
            }
        }
        return false;
    }
}
