package org.salesaudit.commission.statements.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

import org.salesaudit.render.pdf.ThreadFonts;

/**
 * One bundled font as this thread parsed it: which characters it has, their glyph ids and advance
 * widths (in thousandths of the font size). Kept per thread with the parsed font, like the font.
 */
final class FontFace {

    private static final ThreadLocal<Map<String, FontFace>> FACES = ThreadLocal.withInitial(HashMap::new);

    final String file;
    final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float scale;
    private final Map<Integer, Float> widths = new HashMap<>();

    private FontFace(String file) throws IOException {
        this.file = file;
        this.font = ThreadFonts.parsed(file);
        this.cmap = font.getUnicodeCmapLookup();
        this.scale = 1000f / font.getUnitsPerEm();
    }

    /** @return the face of {@code file} for the calling thread */
    static FontFace of(String file) throws IOException {
        Map<String, FontFace> faces = FACES.get();
        FontFace face = faces.get(file);
        if (face == null) {
            face = new FontFace(file);
            faces.put(file, face);
        }
        return face;
    }

    /** @return the glyph id of {@code codePoint}, 0 when the font has none */
    int glyph(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    boolean has(int codePoint) {
        return glyph(codePoint) != 0;
    }

    /** @return the advance width of {@code codePoint} in thousandths of the font size */
    float width(int codePoint) throws IOException {
        Float w = widths.get(codePoint);
        if (w == null) {
            w = font.getAdvanceWidth(glyph(codePoint)) * scale;
            widths.put(codePoint, w);
        }
        return w;
    }
}
