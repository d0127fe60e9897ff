package org.salesaudit.commission.statements.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;

import org.salesaudit.commission.statements.StatementContent;
import org.salesaudit.commission.statements.StatementContent.Cell;
import org.salesaudit.commission.statements.StatementContent.Pair;
import org.salesaudit.commission.statements.StatementContent.Row;
import org.salesaudit.commission.statements.StatementContent.SegmentBlock;

/**
 * Lays a statement out on A4 pages at fixed positions, the way a banded report does, and writes it as
 * a tagged PDF/A-3a and PDF/UA-1 document: title (H1), subtitle, header pairs, summary, credited deal
 * lines, calculation, clawbacks, adjustments and year to date (H2 and tables), then the notes. Tables
 * break between rows and repeat their header row on the next page; text wider than its column wraps;
 * every page ends with "Page x of y". A right-to-left statement is mirrored: columns run from the
 * right, texts start at the right. Use one writer call per thread at a time (fonts are per thread).
 */
public final class StatementPdfWriter {

    private static final float MARGIN_X = 36f;
    private static final float TOP = TaggedPdf.HEIGHT - 34f;
    private static final float BOTTOM = 40f;
    private static final float FOOTER_BASELINE = 22f;
    private static final float CONTENT_WIDTH = TaggedPdf.WIDTH - 2 * MARGIN_X;

    private static final float BODY = 8f;
    private static final float SMALL = 6.8f;
    private static final float TITLE = 14f;
    private static final float HEADING = 10f;
    private static final float NOTE = 7f;
    private static final float FOOTER = 6.5f;
    private static final float LEADING = 1.28f;
    private static final float PAD_X = 2f;
    private static final float PAD_Y = 1.1f;

    private static final int TEXT = 0x1F2933;
    private static final int DARK = 0x14324A;
    private static final int MUTED = 0x52606D;
    private static final int RULE = 0xD9E2EC;
    private static final int HEADER_FILL = 0xEEF2F6;

    private final TaggedPdf pdf;
    private final StatementContent c;
    private final boolean rtl;
    private final COSDictionary document;
    private PageCanvas canvas;
    private float y;

    private StatementPdfWriter(TaggedPdf pdf, StatementContent c) {
        this.pdf = pdf;
        this.c = c;
        this.rtl = c.rightToLeft();
        this.document = pdf.tree.document();
    }

    /** @return the statement as PDF bytes, dated {@code date} (UTC midnight), produced by {@code producer} */
    public static byte[] write(StatementContent content, String producer, LocalDate date) throws IOException {
        try (TaggedPdf pdf = new TaggedPdf()) {
            StatementPdfWriter writer = new StatementPdfWriter(pdf, content);
            writer.layout();
            writer.footers();
            return pdf.save(content.language(), content.documentTitle(), content.subtitle(), producer, date);
        }
    }

    private void layout() throws IOException {
        newPage();
        paragraph("H1", c.title(), TITLE, true, DARK, 0, 1.5f);
        paragraph("P", c.subtitle(), BODY, false, MUTED, 0, 4f);
        pairs(c.header());
        heading(c.summaryTitle());
        pairs(c.summary());
        heading(c.linesTitle());
        if (c.lines().isEmpty()) {
            paragraph("P", c.linesNone(), BODY, false, TEXT, 0, 0);
        } else {
            lines();
        }
        heading(c.calculationTitle());
        for (SegmentBlock s : c.segments()) {
            paragraph("P", s.title(), BODY, true, TEXT, 3f, 1f);
            pairs(s.steps());
        }
        if (!c.clawbacks().isEmpty()) {
            heading(c.clawbacksTitle());
            pairs(c.clawbacks());
        }
        if (!c.adjustments().isEmpty()) {
            heading(c.adjustmentsTitle());
            pairs(c.adjustments());
        }
        heading(c.ytdTitle());
        pairs(c.ytd());
        paragraph("P", c.rounding(), NOTE, false, MUTED, 6f, 0);
        paragraph("P", c.generated(), NOTE, false, MUTED, 2f, 0);
    }

    private void newPage() {
        canvas = pdf.newPage();
        y = TOP;
    }

    private static float leading(float size) {
        return size * LEADING;
    }

    /** @return the baseline of line {@code k} of a block whose top is {@code top} */
    private static float baseline(float top, int k, float size) {
        return top - leading(size) * (k + 1) + size * 0.3f;
    }

    /** @return the left edge, on the page, of a box at {@code x} (from the start side) of {@code width} */
    private float left(float x, float width) {
        return rtl ? TaggedPdf.WIDTH - x - width : x;
    }

    private void paragraph(String tag, String text, float size, boolean bold, int color, float before, float after)
            throws IOException {
        List<TextLine> lines = TextLine.wrap(pdf.fonts, text, CONTENT_WIDTH, rtl, bold, size);
        float height = lines.size() * leading(size);
        y -= before;
        if (y - height < BOTTOM) {
            newPage();
        }
        COSDictionary element = pdf.tree.element(document, tag);
        pdf.beginTagged(canvas, element, tag);
        for (int k = 0; k < lines.size(); k++) {
            TextLine line = lines.get(k);
            canvas.text(line.runs(), left(MARGIN_X, line.width()), baseline(y, k, size), size, color);
        }
        canvas.end();
        y -= height + after;
    }

    /** A section heading, kept on the page of the first lines that follow it. */
    private void heading(String text) throws IOException {
        float needed = 7f + leading(HEADING) + 2.5f + 3 * (leading(BODY) + 2 * PAD_Y);
        if (y - needed < BOTTOM) {
            newPage();
        } else {
            y -= 7f;
        }
        paragraph("H2", text, HEADING, true, DARK, 0, 2.5f);
    }

    /** A table of labels and amounts; total lines are bold with a dark rule above. */
    private void pairs(List<Pair> rows) throws IOException {
        float valueWidth = 0;
        float labelWidth = 0;
        for (Pair p : rows) {
            valueWidth = Math.max(valueWidth, TextLine.of(pdf.fonts, p.value(), rtl, p.total(), BODY).width());
            labelWidth = Math.max(labelWidth, TextLine.of(pdf.fonts, p.label(), rtl, p.total(), BODY).width());
        }
        valueWidth += 2 * PAD_X;
        labelWidth += 2 * PAD_X + 16f;
        float tableWidth = Math.min(CONTENT_WIDTH, Math.max(labelWidth + valueWidth, 0.6f * CONTENT_WIDTH));
        float[] widths = {tableWidth - valueWidth, valueWidth};
        COSDictionary table = pdf.tree.element(document, "Table");
        for (Pair p : rows) {
            List<Cell> cells = List.of(new Cell(p.label(), false, false), new Cell(p.value(), true, false));
            row(table, "TD", cells, widths, BODY, p.total(), new int[] {p.total() ? TEXT : MUTED, TEXT}, p.total(), null);
        }
    }

    /** The credited deal lines: as wide as the page, the header row repeated on every page. */
    private void lines() throws IOException {
        float[] widths = lineColumnWidths();
        COSDictionary table = pdf.tree.element(document, "Table");
        int[] colors = new int[c.columns().size()];
        java.util.Arrays.fill(colors, TEXT);
        List<Cell> header = c.columns();
        Runnable repeatHeader = () -> {
            try {
                row(null, "TH", header, widths, SMALL, true, colors, false, HEADER_FILL);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        row(table, "TH", header, widths, SMALL, true, colors, false, HEADER_FILL);
        for (Row r : c.lines()) {
            row(table, "TD", r.cells(), widths, SMALL, r.total(), colors, r.total(), null, repeatHeader);
        }
    }

    private void row(COSDictionary table, String cellTag, List<Cell> cells, float[] widths, float size, boolean bold,
            int[] colors, boolean totalRule, Integer fill) throws IOException {
        row(table, cellTag, cells, widths, size, bold, colors, totalRule, fill, null);
    }

    /**
     * Draws one table row at the current position, on a new page when it does not fit (where
     * {@code onNewPage} first repeats the header). {@code table} null draws the row as an artifact
     * (a repeated header).
     */
    private void row(COSDictionary table, String cellTag, List<Cell> cells, float[] widths, float size, boolean bold,
            int[] colors, boolean totalRule, Integer fill, Runnable onNewPage) throws IOException {
        List<List<TextLine>> texts = new ArrayList<>(cells.size());
        int lineCount = 1;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            List<TextLine> lines = cell.nowrap() || cell.numeric()
                    ? List.of(TextLine.of(pdf.fonts, VisualText.clean(cell.text()), rtl, bold, size))
                    : TextLine.wrap(pdf.fonts, cell.text(), widths[i] - 2 * PAD_X, rtl, bold, size);
            texts.add(lines);
            lineCount = Math.max(lineCount, lines.size());
        }
        float height = lineCount * leading(size) + 2 * PAD_Y;
        if (y - height < BOTTOM) {
            newPage();
            if (onNewPage != null) {
                onNewPage.run();
            }
        }
        float tableWidth = 0;
        for (float w : widths) {
            tableWidth += w;
        }
        canvas.beginLayoutArtifact();
        if (fill != null) {
            canvas.fill(left(MARGIN_X, tableWidth), y - height, tableWidth, height, fill);
        }
        if (totalRule) {
            canvas.rule(left(MARGIN_X, tableWidth), left(MARGIN_X, tableWidth) + tableWidth, y, 0.8f, DARK);
        }
        canvas.rule(left(MARGIN_X, tableWidth), left(MARGIN_X, tableWidth) + tableWidth, y - height, 0.3f, RULE);
        canvas.end();
        COSDictionary tr = table == null ? null : pdf.tree.element(table, "TR");
        float x = MARGIN_X;
        for (int i = 0; i < cells.size(); i++) {
            COSDictionary cell = tr == null ? null
                    : "TH".equals(cellTag) ? pdf.tree.columnHeader(tr) : pdf.tree.element(tr, cellTag);
            List<TextLine> lines = texts.get(i);
            boolean empty = lines.size() == 1 && lines.get(0).runs().isEmpty();
            if (!empty) {
                if (cell == null) {
                    canvas.beginArtifact();
                } else {
                    pdf.beginTagged(canvas, cell, cellTag);
                }
                for (int k = 0; k < lines.size(); k++) {
                    TextLine line = lines.get(k);
                    float start = cells.get(i).numeric() ? x + widths[i] - PAD_X - line.width() : x + PAD_X;
                    canvas.text(line.runs(), left(start, line.width()), baseline(y - PAD_Y, k, size), size, colors[i]);
                }
                canvas.end();
            }
            x += widths[i];
        }
        y -= height;
    }

    /**
     * Column widths of the deal lines: each column as wide as its longest text where the page allows;
     * otherwise deal ids, plans and numbers keep their width and the text columns (account, product,
     * source) share the rest, wrapping.
     */
    private float[] lineColumnWidths() throws IOException {
        int n = c.columns().size();
        float[] min = new float[n];
        float[] preferred = new float[n];
        for (int i = 0; i < n; i++) {
            Cell header = c.columns().get(i);
            min[i] = longestWord(header.text(), true) + 2 * PAD_X;
            preferred[i] = Math.max(min[i], TextLine.of(pdf.fonts, header.text(), rtl, true, SMALL).width() + 2 * PAD_X);
        }
        for (Row r : c.lines()) {
            for (int i = 0; i < n; i++) {
                Cell cell = r.cells().get(i);
                float width = TextLine.of(pdf.fonts, cell.text(), rtl, r.total(), SMALL).width() + 2 * PAD_X;
                preferred[i] = Math.max(preferred[i], width);
                min[i] = Math.max(min[i], cell.numeric() || cell.nowrap() ? width
                        : longestWord(cell.text(), r.total()) + 2 * PAD_X);
            }
        }
        float sumPreferred = 0;
        float sumMin = 0;
        for (int i = 0; i < n; i++) {
            sumPreferred += preferred[i];
            sumMin += min[i];
        }
        float[] widths = new float[n];
        if (sumPreferred <= CONTENT_WIDTH) {
            for (int i = 0; i < n; i++) {
                widths[i] = preferred[i] * CONTENT_WIDTH / sumPreferred;
            }
        } else if (sumMin < CONTENT_WIDTH) {
            // the widest columns give way first: every column keeps its preferred width up to a cap,
            // the cap chosen so that the table fills the page
            float low = 0;
            float high = CONTENT_WIDTH;
            for (int step = 0; step < 30; step++) {
                float cap = (low + high) / 2;
                if (capped(min, preferred, cap) > CONTENT_WIDTH) {
                    high = cap;
                } else {
                    low = cap;
                }
            }
            for (int i = 0; i < n; i++) {
                widths[i] = Math.min(preferred[i], Math.max(min[i], low));
            }
            float slack = CONTENT_WIDTH - capped(min, preferred, low);
            widths[widest(widths)] += slack;
        } else {
            for (int i = 0; i < n; i++) {
                widths[i] = min[i] * CONTENT_WIDTH / sumMin;
            }
        }
        return widths;
    }

    private static float capped(float[] min, float[] preferred, float cap) {
        float sum = 0;
        for (int i = 0; i < min.length; i++) {
            sum += Math.min(preferred[i], Math.max(min[i], cap));
        }
        return sum;
    }

    private static int widest(float[] widths) {
        int widest = 0;
        for (int i = 1; i < widths.length; i++) {
            if (widths[i] > widths[widest]) {
                widest = i;
            }
        }
        return widest;
    }

    private float longestWord(String text, boolean bold) throws IOException {
        float longest = 0;
        for (String word : VisualText.clean(text).split(" +")) {
            longest = Math.max(longest, TextLine.of(pdf.fonts, word, rtl, bold, SMALL).width());
        }
        return longest;
    }

    /** "title · subtitle" at the start and "Page x of y" at the end of every page, as artifacts. */
    private void footers() throws IOException {
        int pages = pdf.pageCount();
        for (int i = 0; i < pages; i++) {
            PageCanvas page = pdf.canvas(i);
            TextLine title = TextLine.of(pdf.fonts, c.documentTitle(), rtl, false, FOOTER);
            TextLine number = TextLine.of(pdf.fonts, c.pageNumber(i + 1, pages), rtl, false, FOOTER);
            page.beginArtifact();
            page.text(title.runs(), left(MARGIN_X, title.width()), FOOTER_BASELINE, FOOTER, MUTED);
            page.text(number.runs(), left(MARGIN_X + CONTENT_WIDTH - number.width(), number.width()), FOOTER_BASELINE,
                    FOOTER, MUTED);
            page.end();
        }
    }
}
