package org.salesaudit.commission.statements.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;

import org.salesaudit.render.pdf.ThreadFonts;

/**
 * The fonts of one document and the choice of font per character: Latin, Cyrillic and the rest in
 * Noto Sans, Arabic in Noto Naskh Arabic, Hangul in NanumGothic (whichever of them, in that order,
 * has the character). A font enters the document, as a subset, when a text first needs it; its
 * resource name is fixed by the font, so the same text gives the same bytes.
 */
final class DocumentFonts {

    private static final String[] REGULAR = {ThreadFonts.NOTO_SANS, ThreadFonts.NOTO_NASKH_ARABIC,
        ThreadFonts.NANUM_GOTHIC};
    private static final String[] BOLD = {ThreadFonts.NOTO_SANS_BOLD, ThreadFonts.NOTO_NASKH_ARABIC_BOLD,
        ThreadFonts.NANUM_GOTHIC_BOLD};

    /** A font of the document: its face, resource name and, once used, its PDF font. */
    static final class Font {
        final FontFace face;
        final COSName name;
        private EmbeddedFont embedded;

        Font(FontFace face, COSName name) {
            this.face = face;
            this.name = name;
        }
    }

    /** Text in one font, in visual order. */
    record Run(Font font, String text, float width) {
    }

    private final PDDocument document;
    private final COSDictionary resources;
    private final List<EmbeddedFont> used = new ArrayList<>(4);
    private final Font[] regular = new Font[REGULAR.length];
    private final Font[] bold = new Font[BOLD.length];

    DocumentFonts(PDDocument document, PDResources resources) {
        this.document = document;
        this.resources = new COSDictionary();
        resources.getCOSObject().setItem(COSName.FONT, this.resources);
    }

    /**
     * @param text text in visual order
     * @param size the font size, for the widths
     * @return the text split where the font changes, each run with its width in points
     */
    List<Run> runs(String text, boolean boldFace, float size) throws IOException {
        List<Run> runs = new ArrayList<>(1);
        Font current = null;
        float width = 0;
        StringBuilder chars = new StringBuilder(text.length());
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            Font font = current != null && current.face.has(cp) ? current : pick(cp, boldFace);
            if (font == null) {
                cp = '?';
                font = current != null ? current : face(boldFace, 0);
            }
            if (font != current && current != null) {
                runs.add(new Run(current, chars.toString(), width * size / 1000f));
                chars.setLength(0);
                width = 0;
            }
            current = font;
            chars.appendCodePoint(cp);
            width += font.face.width(cp);
            i = next;
        }
        if (chars.length() > 0) {
            runs.add(new Run(current, chars.toString(), width * size / 1000f));
        }
        return runs;
    }

    static float width(List<Run> runs) {
        float w = 0;
        for (Run r : runs) {
            w += r.width();
        }
        return w;
    }

    /** @return the first font that has {@code codePoint}, null when none has it */
    private Font pick(int codePoint, boolean boldFace) throws IOException {
        for (int i = 0; i < REGULAR.length; i++) {
            Font font = face(boldFace, i);
            if (font.face.has(codePoint)) {
                return font;
            }
        }
        return null;
    }

    private Font face(boolean boldFace, int index) throws IOException {
        Font[] fonts = boldFace ? bold : regular;
        if (fonts[index] == null) {
            String file = (boldFace ? BOLD : REGULAR)[index];
            fonts[index] = new Font(FontFace.of(file), COSName.getPDFName("F" + (boldFace ? "B" : "R") + index));
        }
        return fonts[index];
    }

    /**
     * Records the glyphs of {@code run} for the font's subset and appends them as hexadecimal codes
     * for a {@code Tj} operator (Identity-H: the code of a glyph is its id).
     */
    void encode(Run run, StringBuilder out) {
        Font font = run.font();
        if (font.embedded == null) {
            font.embedded = new EmbeddedFont(font.face);
            resources.setItem(font.name, font.embedded.dictionary);
            used.add(font.embedded);
        }
        out.append('<');
        String text = run.text();
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int gid = font.face.glyph(cp);
            font.embedded.use(gid, cp);
            EmbeddedFont.hex4(gid, out);
            i += Character.charCount(cp);
        }
        out.append('>');
    }

    /** Embeds the subset of every font the document used; call once, after the last text. */
    void subset() throws IOException {
        for (EmbeddedFont font : used) {
            font.finish(document.getDocument());
        }
    }
}
