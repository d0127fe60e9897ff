package org.salesaudit.commission.statements.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * A TrueType font embedded in one PDF as a Type 0 font with Identity-H encoding (the code of a glyph
 * is its id in the whole font), written only with the glyphs the document drew: the subset font
 * program, a CIDToGIDMap to the subset's glyph ids, the widths of the drawn glyphs and a ToUnicode
 * map to the characters they were drawn for (Arabic joined forms to their letters). Built once, at
 * the end, from the glyphs recorded while drawing — not the widths of every glyph of the font, which
 * a font loaded for embedding computes.
 */
final class EmbeddedFont {

    /** The tables of the subset font program, as PDFBox embeds them. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp");

    private final FontFace face;
    /** The Type 0 font dictionary, in the page resources from the first use; filled by {@link #finish}. */
    final COSDictionary dictionary = new COSDictionary();
    /** Glyph id → the character it was drawn for. */
    private final TreeMap<Integer, Integer> glyphs = new TreeMap<>();

    EmbeddedFont(FontFace face) {
        this.face = face;
    }

    /** Records that glyph {@code gid} was drawn for {@code codePoint}. */
    void use(int gid, int codePoint) {
        glyphs.putIfAbsent(gid, codePoint);
    }

    /** Writes the subset and the font's dictionaries into {@code document}. */
    void finish(COSDocument document) throws IOException {
        TrueTypeFont ttf = face.font;
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(glyphs.keySet());
        String tag = tag();
        subsetter.setPrefix(tag);
        ByteArrayOutputStream program = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(program);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();

        String name = tag + "+" + ttf.getName().replace(' ', '-');
        float scale = 1000f / ttf.getUnitsPerEm();
        HeaderTable head = ttf.getHeader();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray box = new COSArray();
        for (int v : new int[] {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()}) {
            box.add(COSInteger.get(Math.round(v * scale)));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setItem(COSName.ITALIC_ANGLE, new COSFloat(ttf.getPostScript().getItalicAngle()));
        descriptor.setInt(COSName.ASCENT, Math.round(hhea.getAscender() * scale));
        descriptor.setInt(COSName.DESCENT, Math.round(hhea.getDescender() * scale));
        int capHeight = os2 != null && os2.getVersion() >= 2 ? os2.getCapHeight() : hhea.getAscender();
        descriptor.setInt(COSName.CAP_HEIGHT, Math.round(capHeight * scale));
        descriptor.setInt(COSName.STEM_V, os2 == null ? 80 : Math.round(os2.getWeightClass() / 65f * 10) + 40);
        byte[] bytes = program.toByteArray();
        COSStream file = stream(document, bytes);
        file.setInt(COSName.LENGTH1, bytes.length);
        descriptor.setItem(COSName.FONT_FILE2, file);

        int maxOld = glyphs.isEmpty() ? 0 : glyphs.lastKey();
        byte[] cidToGid = new byte[2 * (maxOld + 1)];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            int old = e.getValue();
            if (old <= maxOld) {
                cidToGid[2 * old] = (byte) (e.getKey() >> 8);
                cidToGid[2 * old + 1] = (byte) (int) e.getKey();
            }
        }

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        COSDictionary system = new COSDictionary();
        system.setItem(COSName.REGISTRY, new COSString("Adobe"));
        system.setItem(COSName.ORDERING, new COSString("Identity"));
        system.setInt(COSName.SUPPLEMENT, 0);
        system.setDirect(true);
        cidFont.setItem(COSName.CIDSYSTEMINFO, system);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        COSArray widths = new COSArray();
        for (int gid : glyphs.keySet()) {
            widths.add(COSInteger.get(gid));
            COSArray w = new COSArray();
            w.add(COSInteger.get(Math.round(ttf.getAdvanceWidth(gid) * scale)));
            widths.add(w);
        }
        cidFont.setItem(COSName.W, widths);
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(document, cidToGid));

        dictionary.setItem(COSName.TYPE, COSName.FONT);
        dictionary.setItem(COSName.SUBTYPE, COSName.TYPE0);
        dictionary.setName(COSName.BASE_FONT, name);
        dictionary.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        dictionary.setItem(COSName.DESCENDANT_FONTS, descendants);
        dictionary.setItem(COSName.TO_UNICODE, stream(document, toUnicode().getBytes(StandardCharsets.US_ASCII)));
    }

    /** Six capital letters from the glyphs used: the same subset, the same tag. */
    private String tag() {
        long hash = 1125899906842597L;
        for (int gid : glyphs.keySet()) {
            hash = 31 * hash + gid;
        }
        hash = Math.abs(hash % 308915776L);
        char[] tag = new char[6];
        for (int i = 5; i >= 0; i--) {
            tag[i] = (char) ('A' + hash % 26);
            hash /= 26;
        }
        return new String(tag);
    }

    private String toUnicode() {
        StringBuilder cmap = new StringBuilder(256 + glyphs.size() * 24);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Integer[] gids = glyphs.keySet().toArray(new Integer[0]);
        for (int start = 0; start < gids.length; start += 100) {
            int end = Math.min(gids.length, start + 100);
            cmap.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                cmap.append('<');
                hex4(gids[i], cmap);
                cmap.append("> <");
                for (char c : unicode(glyphs.get(gids[i])).toCharArray()) {
                    hex4(c, cmap);
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    /**
     * @return the text a glyph stands for: an Arabic presentation form (a joined letter or ligature, as
     *         drawn after shaping) stands for its letters, so that the text is read, searched and
     *         copied as written
     */
    static String unicode(int codePoint) {
        String text = new String(Character.toChars(codePoint));
        boolean presentationForm = codePoint >= 0xFB50 && codePoint <= 0xFDFF || codePoint >= 0xFE70 && codePoint <= 0xFEFE;
        return presentationForm ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
    }

    private static COSStream stream(COSDocument document, byte[] content) throws IOException {
        COSStream stream = document.createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content);
        }
        return stream;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static void hex4(int v, StringBuilder out) {
        out.append(HEX[(v >> 12) & 0xF]).append(HEX[(v >> 8) & 0xF]).append(HEX[(v >> 4) & 0xF]).append(HEX[v & 0xF]);
    }

    @Override
    public String toString() {
        return face.file + Arrays.toString(glyphs.keySet().toArray());
    }
}
