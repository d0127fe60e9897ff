package org.salesaudit.problem;

import java.util.Objects;

/**
 * Where in the input a problem is: always the file; the sheet, the cell address (e.g. {@code I57},
 * or {@code row 57} when the row has no such column) and the column header when they are known.
 */
public record CellLocation(String file, String sheet, String cell, String column) {

    public CellLocation {
        Objects.requireNonNull(file, "file");
    }

    public static CellLocation ofFile(String file) {
        return new CellLocation(file, null, null, null);
    }

    public static CellLocation ofSheet(String file, String sheet) {
        return new CellLocation(file, sheet, null, null);
    }

    /** @return e.g. {@code acme.xlsx, sheet Deals, cell I57 (Amount)} */
    public String describe() {
        StringBuilder s = new StringBuilder(file);
        if (sheet != null) {
            s.append(", sheet ").append(sheet);
        }
        if (cell != null) {
            s.append(cell.startsWith("row ") ? ", " : ", cell ").append(cell);
        }
        if (column != null) {
            s.append(" (").append(column).append(')');
        }
        return s.toString();
    }
}
