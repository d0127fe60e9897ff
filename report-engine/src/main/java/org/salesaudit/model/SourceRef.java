package org.salesaudit.model;

import java.util.Objects;

/**
 * Where a record came from: the input file (by file name), the sheet and the 1-based row number as a
 * spreadsheet program shows it. Every record of the model carries one, so that any figure can be
 * traced back to the rows behind it.
 */
public record SourceRef(String file, String sheet, int row) {

    public SourceRef {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
    }

    @Override
    public String toString() {
        return file + " [" + sheet + "] row " + row;
    }
}
