package org.salesaudit.examples;

import java.util.List;
import java.util.Map;

/**
 * The example workbook as written.
 *
 * @param bytes the .xlsx file, byte for byte
 * @param rowCounts data rows per sheet (the header row not counted), in sheet order
 * @param dirtyCells the deliberately dirty cells, in row order
 */
public record GeneratedWorkbook(byte[] bytes, Map<String, Integer> rowCounts, List<DirtyCell> dirtyCells) {
}
