package org.salesaudit.commission.statements.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One line of text ready to draw: its runs in visual order and its width in points. */
record TextLine(List<DocumentFonts.Run> runs, float width) {

    /** A line set in the document's fonts, in drawing order. */
    static TextLine of(DocumentFonts fonts, String logical, boolean rightToLeft, boolean bold, float size)
            throws IOException {
        List<DocumentFonts.Run> runs = fonts.runs(VisualText.of(logical, rightToLeft), bold, size);
        return new TextLine(runs, DocumentFonts.width(runs));
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width}: at spaces, and inside a word only
     * when the word alone is wider than the line.
     */
    static List<TextLine> wrap(DocumentFonts fonts, String text, float width, boolean rightToLeft, boolean bold,
            float size) throws IOException {
        String clean = VisualText.clean(text).strip();
        TextLine whole = of(fonts, clean, rightToLeft, bold, size);
        if (whole.width() <= width || clean.isEmpty()) {
            return List.of(whole);
        }
        List<TextLine> lines = new ArrayList<>();
        String line = "";
        TextLine drawn = null;
        for (String word : clean.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            TextLine measured = of(fonts, candidate, rightToLeft, bold, size);
            if (measured.width() <= width) {
                line = candidate;
                drawn = measured;
                continue;
            }
            if (drawn != null) {
                lines.add(drawn);
            }
            TextLine alone = of(fonts, word, rightToLeft, bold, size);
            if (alone.width() <= width) {
                line = word;
                drawn = alone;
                continue;
            }
            // a word wider than the line: break it between characters
            StringBuilder part = new StringBuilder();
            drawn = null;
            for (int i = 0; i < word.length();) {
                int cp = word.codePointAt(i);
                String longer = part.toString() + new String(Character.toChars(cp));
                TextLine m = of(fonts, longer, rightToLeft, bold, size);
                if (m.width() > width && part.length() > 0) {
                    lines.add(drawn);
                    part.setLength(0);
                    part.appendCodePoint(cp);
                    drawn = of(fonts, part.toString(), rightToLeft, bold, size);
                } else {
                    part.appendCodePoint(cp);
                    drawn = m;
                }
                i += Character.charCount(cp);
            }
            line = part.toString();
        }
        if (drawn != null) {
            lines.add(drawn);
        }
        return lines;
    }
}
