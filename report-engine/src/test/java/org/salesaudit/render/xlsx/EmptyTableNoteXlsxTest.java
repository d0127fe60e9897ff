package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.salesaudit.report.SampleReports;

/** The XLSX report writes the sentence that explains an empty table right under its header row. */
class EmptyTableNoteXlsxTest {

    private static final String NOTE = "No rep has a quota for a period that ends within the forecast horizon: "
            + "add the coming periods to the Quotas sheet to see the range of each rep.";

    @Test
    void theSentenceFollowsTheHeaderOfTheEmptyTable() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.renderAndOpen(SampleReports.withEmptyTables(), Locale.ENGLISH)) {
            List<Cell> notes = Workbooks.cellsWithText(workbook, NOTE);
            assertEquals(1, notes.size());
            Cell note = notes.get(0);
            Row header = note.getSheet().getRow(note.getRowIndex() - 1);
            Row caption = note.getSheet().getRow(note.getRowIndex() - 2);
            assertEquals("Rep", header.getCell(0).getStringCellValue());
            assertEquals("Quota attainment ranges by rep", caption.getCell(0).getStringCellValue());
            assertEquals(0, note.getColumnIndex());
        }
    }

    @Test
    void anEmptyTableWithoutASentenceHasNoRowUnderItsHeader() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.renderAndOpen(SampleReports.withEmptyTables(), Locale.ENGLISH)) {
            Cell caption = Workbooks.cellsWithText(workbook, "Stale deals").get(0);
            Row header = caption.getSheet().getRow(caption.getRowIndex() + 1);
            Row next = caption.getSheet().getRow(caption.getRowIndex() + 2);
            assertEquals("Rep", header.getCell(0).getStringCellValue());
            assertTrue(next == null || next.getCell(0) == null || next.getCell(0).getStringCellValue().isEmpty(),
                    "no row under the header");
        }
    }
}
