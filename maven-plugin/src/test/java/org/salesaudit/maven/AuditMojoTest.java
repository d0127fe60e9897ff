package org.salesaudit.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditMojoTest {

    @TempDir
    Path dir;

    private AuditMojo mojo(Path workbook, Path out) {
        AuditMojo mojo = new AuditMojo();
        mojo.workbooks = List.of(workbook.toFile());
        mojo.outputDirectory = out.toFile();
        mojo.formats = List.of("xlsx");
        mojo.language = "en";
        return mojo;
    }

    private Path workbook(String amountHeader) throws IOException {
        Path file = dir.resolve("crm.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet deals = wb.createSheet("Deals");
            Row header = deals.createRow(0);
            header.createCell(0).setCellValue("Deal ID");
            header.createCell(1).setCellValue("Stage");
            header.createCell(2).setCellValue(amountHeader);
            Row row = deals.createRow(1);
            row.createCell(0).setCellValue("D-1");
            row.createCell(1).setCellValue("Product trial");
            row.createCell(2).setCellValue(1000);
            wb.write(out);
        }
        return file;
    }

    @Test
    void writesTheReportAndResultsJson() throws Exception {
        Path out = dir.resolve("salesaudit");
        AuditMojo mojo = mojo(workbook("Amount"), out);
        mojo.asOf = "2026-10-31";

        mojo.execute();

        assertTrue(Files.isRegularFile(out.resolve("report.xlsx")));
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"audit.weighted_pipeline\" : 600.00"));
    }

    @Test
    void badDataFailsTheBuildNamingFileSheetAndColumn() throws Exception {
        Path out = dir.resolve("salesaudit");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(workbook("Betrag"), out).execute());

        assertTrue(e.getMessage().contains("crm.xlsx, sheet Deals: expected a column \"Amount\""), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void skipDoesNothing() throws Exception {
        Path out = dir.resolve("salesaudit");
        AuditMojo mojo = mojo(dir.resolve("missing.xlsx"), out);
        mojo.skip = true;

        mojo.execute();

        assertFalse(new File(out.toString()).exists());
    }
}
