package org.salesaudit.commission.statements;

import java.util.List;

/**
 * What a statement PDF shows, in reading order, every text already translated and every number
 * already formatted: title and subtitle, the header pairs, the summary (with its total lines), the
 * credited deal lines (or the sentence saying there are none), the calculation of each plan segment,
 * clawbacks, adjustments, the year to date, the rounding note and the generated-by line. Built by
 * {@link StatementDocument}; laid out by {@code statements.pdf.StatementPdfWriter}.
 */
public record StatementContent(String language, boolean rightToLeft, String title, String subtitle,
        List<Pair> header, String summaryTitle, List<Pair> summary, String linesTitle, String linesNone,
        List<Cell> columns, List<Row> lines, String calculationTitle, List<SegmentBlock> segments,
        String clawbacksTitle, List<Pair> clawbacks, String adjustmentsTitle, List<Pair> adjustments,
        String ytdTitle, List<Pair> ytd, String rounding, String generated, String pageWord, String pageOfWord) {

    /** A label and its value; {@code total} lines are bold with a rule above. */
    public record Pair(String label, String value, boolean total) {
    }

    /**
     * One table cell: numbers are aligned to the end of the column; {@code nowrap} texts (deal ids, plan
     * labels) are kept on one line, so that "AE-MID v2" is never read as two words.
     */
    public record Cell(String text, boolean numeric, boolean nowrap) {
    }

    /** A line of the credited deals table, in column order; the {@code total} line closes the table. */
    public record Row(List<Cell> cells, boolean total) {
    }

    /** A plan segment: the sentence that introduces it, its steps, then the result as a total line. */
    public record SegmentBlock(String title, List<Pair> steps) {
    }

    /** @return the line at the bottom of every page, e.g. "Page 1 of 2" */
    public String pageNumber(int page, int pages) {
        return pageWord + " " + page + " " + pageOfWord + " " + pages;
    }

    /** @return the running footer and document title, e.g. "Commission statement · Ada · 2026-10" */
    public String documentTitle() {
        return title + " \u00B7 " + subtitle;
    }
}
