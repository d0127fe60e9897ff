package org.salesaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * The rows of one worksheet part, streamed. The first rows (where the header row is looked for) are held
 * back until it is known whether merged cells matter for them: a merged header cell ("Amount" over two
 * columns, "Deal" over "Amount | Currency") leaves the other cells of its region blank. Only when one of
 * those rows has a blank cell within the width of the others is the sheet's merge list, which the part
 * stores after all the rows, read by a second pass over the part, and the blank cells it covers take the
 * region's text as their header text. Data values are never changed.
 *
 * <p>The part is inflated and parsed on a second thread ({@link ReadAhead}) while the rows are used on the
 * calling thread.
 */
final class XlsxSheetRows implements SheetRows {

    /** Rows held back: as many as the header row is looked for among. */
    static final int HEAD_ROWS = SheetIngester.HEADER_SEARCH_ROWS;

    private final String name;
    private final PackagePart part;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean date1904;

    XlsxSheetRows(String name, PackagePart part, SharedStrings strings, CellStyles styles, boolean date1904) {
        this.name = name;
        this.part = part;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    @Override
    public String sheetName() {
        return name;
    }

    @Override
    public void forEachRow(RowVisitor visitor) throws Exception {
        List<HeadRow> head = new ArrayList<>();
        boolean[] stopped = new boolean[1];
        // the part is inflated and parsed on a second thread; the rows arrive here in order
        try {
            readAhead(head, stopped, visitor);
        } catch (SheetPartReader.MalformedXmlException e) {
            throw new DamagedSheetException(name, e.getMessage(), e);
        }
        if (head.size() < HEAD_ROWS && !stopped[0]) {
            visitHead(head, visitor);
        }
    }

    private void readAhead(List<HeadRow> head, boolean[] stopped, RowVisitor visitor) throws Exception {
        ReadAhead.run(sink -> {
            try (InputStream in = part.getInputStream()) {
                new SheetPartReader(in, strings, styles, date1904).read((row, cells) -> isBlank(cells) || sink.row(row, cells));
            }
        }, (row, cells) -> {
            if (head.size() < HEAD_ROWS) {
                head.add(new HeadRow(row, cells));
                if (head.size() < HEAD_ROWS) {
                    return true;
                }
                stopped[0] = !visitHead(head, visitor);
                return !stopped[0];
            }
            return visitor.visit(row + 1, cells);
        });
    }

    private boolean visitHead(List<HeadRow> head, RowVisitor visitor) throws Exception {
        if (hasGaps(head)) {
            applyMerges(head, mergedRegions());
        }
        for (HeadRow r : head) {
            if (!visitor.visit(r.row() + 1, r.cells())) {
                return false;
            }
        }
        return true;
    }

    private List<int[]> mergedRegions() throws IOException {
        try (InputStream in = part.getInputStream()) {
            return new SheetPartReader(in, strings, styles, date1904).mergedRegions();
        }
    }

    /** @return true when a row holds a blank cell left of the widest row's last cell: a merge could cover it */
    static boolean hasGaps(List<HeadRow> head) {
        int width = width(head);
        for (HeadRow r : head) {
            int filled = 0;
            for (RawCell cell : r.cells()) {
                if (!cell.isBlank()) {
                    filled++;
                }
            }
            if (filled < width) {
                return true;
            }
        }
        return false;
    }

    private static int width(List<HeadRow> head) {
        int width = 0;
        for (HeadRow r : head) {
            for (int c = r.cells().size() - 1; c >= 0; c--) {
                if (!r.cells().get(c).isBlank()) {
                    width = Math.max(width, c + 1);
                    break;
                }
            }
        }
        return width;
    }

    /**
     * Gives the blank cells of the held-back rows that a merged region covers the text of the region's first
     * cell, within the width of those rows.
     */
    static void applyMerges(List<HeadRow> head, List<int[]> regions) {
        if (regions.isEmpty() || head.isEmpty()) {
            return;
        }
        int width = width(head);
        for (int[] region : regions) {
            RawCell anchor = cellAt(head, region[0], region[1]);
            if (anchor == null || anchor.isBlank()) {
                continue;
            }
            String text = anchor.shown();
            for (HeadRow r : head) {
                if (r.row() < region[0] || r.row() > region[2]) {
                    continue;
                }
                for (int c = region[1]; c <= Math.min(region[3], width - 1); c++) {
                    while (r.cells().size() <= c) {
                        r.cells().add(RawCell.blankAt(r.row(), r.cells().size()));
                    }
                    RawCell cell = r.cells().get(c);
                    if (cell.isBlank()) {
                        r.cells().set(c, cell.coveredBy(text));
                    }
                }
            }
        }
    }

    private static RawCell cellAt(List<HeadRow> head, int row, int column) {
        for (HeadRow r : head) {
            if (r.row() == row) {
                return column < r.cells().size() ? r.cells().get(column) : null;
            }
        }
        return null;
    }

    private static boolean isBlank(List<RawCell> cells) {
        for (RawCell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A held-back row: its 0-based index and its cells (a mutable list). */
    record HeadRow(int row, List<RawCell> cells) {
    }
}
