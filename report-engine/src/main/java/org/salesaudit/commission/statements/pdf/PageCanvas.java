package org.salesaudit.commission.statements.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The content stream of one page, written as PDF operators: text in the document's fonts, filled
 * rectangles and rules, each inside a marked-content sequence (a tagged one with its MCID, or an
 * artifact). Coordinates are points from the bottom left corner of the page.
 */
final class PageCanvas {

    final int index;
    private final DocumentFonts fonts;
    private final StringBuilder ops = new StringBuilder(16 * 1024);
    private int nextMcid;

    PageCanvas(int index, DocumentFonts fonts) {
        this.index = index;
        this.fonts = fonts;
    }

    /** @return the next marked-content id of this page */
    int nextMcid() {
        return nextMcid++;
    }

    void beginTagged(String tag, int mcid) {
        ops.append('/').append(tag).append(" <</MCID ").append(mcid).append(">> BDC\n");
    }

    void beginArtifact() {
        ops.append("/Artifact <</Type /Pagination>> BDC\n");
    }

    void beginLayoutArtifact() {
        ops.append("/Artifact <</Type /Layout>> BDC\n");
    }

    void end() {
        ops.append("EMC\n");
    }

    /** Draws runs of text from {@code x} along the baseline {@code y}. */
    void text(List<DocumentFonts.Run> runs, float x, float y, float size, int rgb) throws IOException {
        ops.append("BT\n");
        color(rgb, "rg");
        ops.append("1 0 0 1 ");
        number(x);
        ops.append(' ');
        number(y);
        ops.append(" Tm\n");
        DocumentFonts.Font font = null;
        for (DocumentFonts.Run run : runs) {
            if (run.font() != font) {
                font = run.font();
                ops.append('/').append(font.name.getName()).append(' ');
                number(size);
                ops.append(" Tf\n");
            }
            fonts.encode(run, ops);
            ops.append(" Tj\n");
        }
        ops.append("ET\n");
    }

    void fill(float x, float y, float width, float height, int rgb) {
        color(rgb, "rg");
        number(x);
        ops.append(' ');
        number(y);
        ops.append(' ');
        number(width);
        ops.append(' ');
        number(height);
        ops.append(" re f\n");
    }

    /** A horizontal rule from {@code x1} to {@code x2}. */
    void rule(float x1, float x2, float y, float thickness, int rgb) {
        color(rgb, "RG");
        number(thickness);
        ops.append(" w ");
        number(x1);
        ops.append(' ');
        number(y);
        ops.append(" m ");
        number(x2);
        ops.append(' ');
        number(y);
        ops.append(" l S\n");
    }

    byte[] bytes() {
        return ops.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void color(int rgb, String operator) {
        channel(rgb >> 16);
        ops.append(' ');
        channel(rgb >> 8);
        ops.append(' ');
        channel(rgb);
        ops.append(' ').append(operator).append('\n');
    }

    private void channel(int value) {
        number((value & 0xFF) / 255f);
    }

    /** Writes {@code v} with at most three decimals, without exponent: the same value, the same bytes. */
    private void number(float v) {
        long thousandths = Math.round(v * 1000.0);
        if (thousandths < 0) {
            ops.append('-');
            thousandths = -thousandths;
        }
        ops.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            ops.append('.');
            if (fraction < 100) {
                ops.append('0');
            }
            if (fraction < 10) {
                ops.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            ops.append(fraction);
        }
    }
}
