package org.salesaudit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks for tests: {@code TestWorkbooks.xlsx().sheet("Deals", headers, rows...).write(path)}.
 * Values: {@link LocalDate} becomes a date cell, {@link Number} a numeric cell, {@code null} a blank cell,
 * anything else a text cell.
 */
public final class TestWorkbooks {

    private final boolean legacy;
    private final List<SheetSpec> sheets = new ArrayList<>();

    private TestWorkbooks(boolean legacy) {
        this.legacy = legacy;
    }

    public static TestWorkbooks xlsx() {
        return new TestWorkbooks(false);
    }

    public static TestWorkbooks xls() {
        return new TestWorkbooks(true);
    }

    /** Adds a sheet whose first row is {@code headers}. */
    public TestWorkbooks sheet(String name, List<String> headers, List<?>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(Arrays.asList(rows));
        sheets.add(new SheetSpec(name, all));
        return this;
    }

    /** Adds a sheet with exactly these rows (for title rows above the header). */
    public TestWorkbooks rawSheet(String name, List<List<?>> rows) {
        sheets.add(new SheetSpec(name, rows));
        return this;
    }

    public Path write(Path file) throws IOException {
        try (Workbook wb = legacy ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (SheetSpec spec : sheets) {
                Sheet sheet = wb.createSheet(spec.name);
                for (int r = 0; r < spec.rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<?> values = spec.rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** The headers of the Deals sheet the tests use. */
    public static final List<String> DEAL_HEADERS = List.of("Deal ID", "Owner", "Created", "Close Date", "Stage",
            "Amount", "Currency", "Status");

    /** A deal row in {@link #DEAL_HEADERS} order. */
    public static List<Object> deal(String id, String owner, LocalDate created, LocalDate close, String stage,
            Object amount, String status) {
        return Arrays.asList(id, owner, created, close, stage, amount, "USD", status);
    }

    private record SheetSpec(String name, List<List<?>> rows) {
    }
}
