package org.salesaudit.render.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the template's view of one table: a caption, header cells and rows of already formatted
 * text, each column marked numeric (right-aligned) or not. For right-to-left documents on paper the
 * columns are reversed, because the PDF engine lays table columns out left to right whatever the
 * direction (browsers mirror tables themselves),
 * and cells whose text reads left to right are marked {@code ltr} (see {@link BidiText}).
 */
final class TableData {

    private final String caption;
    private final List<Map<String, Object>> columns = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<String> styles = new ArrayList<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private String emptyNote = "";
    private String moreRows = "";

    TableData(String caption) {
        this.caption = caption;
    }

    /** @param note the sentence shown instead of the table when it has no rows */
    TableData emptyNote(String note) {
        this.emptyNote = note;
        return this;
    }

    /** @param note the line under the table that counts the rows it does not list */
    TableData moreRows(String note) {
        this.moreRows = note;
        return this;
    }

    TableData column(String label, boolean isNumeric) {
        return column(label, isNumeric, "");
    }

    /** @param style a CSS class for the header and every cell of the column, or empty */
    TableData column(String label, boolean isNumeric, String style) {
        columns.add(cell(label, isNumeric, style));
        numeric.add(isNumeric);
        styles.add(style);
        return this;
    }

    /**
     * @param key   a stable key of the row ({@code data-key} in the XHTML), or empty
     * @param style a CSS class of the row, or empty
     * @param texts one formatted text per column
     */
    TableData row(String key, String style, List<String> texts) {
        if (texts.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "table '" + caption + "': " + texts.size() + " cells for " + columns.size() + " columns");
        }
        List<Map<String, Object>> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(cell(texts.get(i), numeric.get(i), styles.get(i)));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("style", style);
        row.put("cells", cells);
        rows.add(row);
        return this;
    }

    int rowCount() {
        return rows.size();
    }

    /**
     * @param rightToLeft    whether the document is written right to left
     * @param reverseColumns whether to write the columns in reverse (paged output of right-to-left
     *                       documents; browsers mirror tables themselves)
     */
    Map<String, Object> build(boolean rightToLeft, boolean reverseColumns) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("caption", caption);
        table.put("emptyNote", rows.isEmpty() ? emptyNote : "");
        table.put("moreRows", moreRows);
        table.put("columns", ordered(columns, reverseColumns));
        List<Map<String, Object>> orderedRows = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
            List<Map<String, Object>> withDirection = new ArrayList<>(cells.size());
            for (Map<String, Object> cell : cells) {
                Map<String, Object> c = new LinkedHashMap<>(cell);
                c.put("ltr", BidiText.needsLeftToRight((String) cell.get("text"), rightToLeft));
                withDirection.add(c);
            }
            copy.put("cells", ordered(withDirection, reverseColumns));
            orderedRows.add(copy);
        }
        table.put("rows", orderedRows);
        return table;
    }

    static <T> List<T> ordered(List<T> items, boolean reverse) {
        List<T> copy = new ArrayList<>(items);
        if (reverse) {
            Collections.reverse(copy);
        }
        return copy;
    }

    private static Map<String, Object> cell(String text, boolean isNumeric, String style) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("text", text);
        cell.put("num", isNumeric);
        cell.put("style", style);
        cell.put("ltr", false);
        return cell;
    }
}
