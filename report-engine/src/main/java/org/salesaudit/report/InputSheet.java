package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * How one sheet of an input file was used.
 *
 * @param dataset          the dataset it was read as (e.g. {@code deals}), or null when it was not recognised
 * @param headerRow        the 1-based row of its headers (0 when not recognised)
 * @param rowsRead         data rows that became records
 * @param rowsLeftOut      data rows left out because of errors
 * @param unmappedColumns  headers of columns no field uses
 */
public record InputSheet(String name, String dataset, int headerRow, long rowsRead, long rowsLeftOut,
        List<String> unmappedColumns) {

    public InputSheet {
        Objects.requireNonNull(name, "name");
        unmappedColumns = List.copyOf(unmappedColumns);
    }
}
