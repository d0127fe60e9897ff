package org.salesaudit.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Opens a legacy {@code .xls} workbook read-only with POI's HSSF on a read-only file system. The input
 * file is never opened for writing. ({@code .xlsx} files are read by {@link XlsxWorkbookSource}.)
 */
final class PoiWorkbookSource implements WorkbookSource {

    private final Workbook workbook;
    /** Whether each cell style (by index) formats numbers as dates: asked once per style, not per cell. */
    private final Map<Short, Boolean> dateStyles = new HashMap<>();

    private PoiWorkbookSource(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Opens a legacy {@code .xls} (an OLE2 document) read-only. */
    static PoiWorkbookSource open(Path file) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            return new PoiWorkbookSource(new HSSFWorkbook(fs.getRoot(), true));
        } catch (RuntimeException | IOException | Error e) {
            fs.close();
            throw e;
        }
    }

    @Override
    public List<SheetRows> sheets() {
        List<SheetRows> sheets = new ArrayList<>();
        for (Sheet sheet : workbook) {
            sheets.add(new PoiSheetRows(sheet, dateStyles));
        }
        return sheets;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private record PoiSheetRows(Sheet sheet, Map<Short, Boolean> dateStyles) implements SheetRows {

        @Override
        public String sheetName() {
            return sheet.getSheetName();
        }

        @Override
        public void forEachRow(RowVisitor visitor) throws Exception {
            Iterator<Row> rows = sheet.rowIterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<RawCell> cells = readRow(row, dateStyles);
                if (cells.stream().allMatch(RawCell::isBlank)) {
                    continue;
                }
                if (!visitor.visit(row.getRowNum() + 1, cells)) {
                    return;
                }
            }
        }

        private static List<RawCell> readRow(Row row, Map<Short, Boolean> dateStyles) {
            int last = Math.max(row.getLastCellNum(), 0);
            List<RawCell> cells = new ArrayList<>(last);
            for (int c = 0; c < last; c++) {
                String address = A1.of(row.getRowNum(), c);
                Cell cell = row.getCell(c);
                cells.add(cell == null ? RawCell.blank(address) : readCell(cell, address, dateStyles));
            }
            return cells;
        }

        private static RawCell readCell(Cell cell, String address, Map<Short, Boolean> dateStyles) {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                // a formula yielding "" is a blank text; one without any saved result cannot be read
                CellType cachedType = cell.getCachedFormulaResultType();
                return cachedType == CellType.BLANK || cachedType == CellType._NONE
                        ? RawCell.uncachedFormula(formula(cell), address) : readValue(cell, cachedType, address, dateStyles);
            }
            return readValue(cell, type, address, dateStyles);
        }

        private static boolean isDate(Cell cell, Map<Short, Boolean> dateStyles) {
            CellStyle style = cell.getCellStyle();
            if (style == null) {
                return DateUtil.isCellDateFormatted(cell);
            }
            Boolean date = dateStyles.get(style.getIndex());
            if (date == null) {
                date = DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
                dateStyles.put(style.getIndex(), date);
            }
            return date && DateUtil.isValidExcelDate(cell.getNumericCellValue());
        }

        private static String formula(Cell cell) {
            try {
                return cell.getCellFormula();
            } catch (RuntimeException e) {
                return "?";
            }
        }

        private static RawCell readValue(Cell cell, CellType type, String address, Map<Short, Boolean> dateStyles) {
            return switch (type) {
                case NUMERIC -> isDate(cell, dateStyles)
                        ? RawCell.date(cell.getLocalDateTimeCellValue(), address)
                        : RawCell.number(cell.getNumericCellValue(), address);
                case STRING -> RawCell.text(cell.getStringCellValue(), address);
                case BOOLEAN -> RawCell.bool(cell.getBooleanCellValue(), address);
                case ERROR -> RawCell.error(errorText(cell), address);
                default -> RawCell.blank(address);
            };
        }

        private static String errorText(Cell cell) {
            try {
                return FormulaError.forInt(cell.getErrorCellValue()).getString();
            } catch (RuntimeException e) {
                // an error kept as its text (#REF!) rather than its code
                try {
                    String text = cell.getStringCellValue();
                    String shown = text == null ? "" : text.replaceFirst("^ERROR:\\s*", "").strip();
                    return shown.isEmpty() ? "#ERROR" : shown;
                } catch (RuntimeException notText) {
                    return "#ERROR";
                }
            }
        }
    }
}
