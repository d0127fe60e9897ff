package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salesaudit.report.ReportModel;

/** Renders reports into memory and reads them back with POI: the independent oracle of these tests. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] render(ReportModel model, Locale locale) {
        MemoryOutput out = new MemoryOutput();
        try {
            new XlsxRenderer().render(model, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(XlsxRenderer.FILE_NAME), List.copyOf(out.names()));
        return out.bytes(XlsxRenderer.FILE_NAME);
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook renderAndOpen(ReportModel model, Locale locale) {
        return open(render(model, locale));
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** @return the first row whose column A holds exactly {@code text} */
    static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("sheet '" + sheet.getSheetName() + "' has no row starting with '" + text + "'");
    }

    /** @return every cell of the workbook holding {@code text} as a string */
    static List<Cell> cellsWithText(XSSFWorkbook workbook, String text) {
        List<Cell> found = new ArrayList<>();
        for (Cell cell : allCells(workbook)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                found.add(cell);
            }
        }
        return found;
    }

    static List<Cell> formulaCells(XSSFWorkbook workbook) {
        return allCells(workbook).stream().filter(c -> c.getCellType() == CellType.FORMULA).toList();
    }

    static List<Cell> allCells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                row.forEach(cells::add);
            }
        }
        return cells;
    }

    /**
     * Recomputes every formula of the workbook with POI's evaluator and checks the result against the
     * cached value the renderer wrote (type and value, exactly).
     *
     * @return the number of formula cells checked
     */
    static int assertCachedValuesMatchEvaluation(XSSFWorkbook workbook) {
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        List<Cell> formulas = formulaCells(workbook);
        for (Cell cell : formulas) {
            String where = address(cell) + " =" + cell.getCellFormula();
            CellValue evaluated = evaluator.evaluate(cell);
            switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> {
                    assertEquals(CellType.NUMERIC, evaluated.getCellType(), where);
                    assertEquals(evaluated.getNumberValue(), cell.getNumericCellValue(), 0.0, where);
                }
                case STRING -> {
                    assertEquals(CellType.STRING, evaluated.getCellType(), where);
                    assertEquals(evaluated.getStringValue(), cell.getStringCellValue(), where);
                }
                default -> fail(where + ": unexpected cached type " + cell.getCachedFormulaResultType());
            }
        }
        return formulas.size();
    }

    static String address(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + new CellReference(cell).formatAsString(false);
    }
}
