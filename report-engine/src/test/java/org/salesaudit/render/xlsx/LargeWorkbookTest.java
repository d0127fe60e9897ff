package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * A workbook with 100,000-row tables is written in a JVM with a 128 MB heap: the sheets stream to disk
 * (the in-memory workbook needs several times that), and every row is there when read back.
 */
class LargeWorkbookTest {

    static final int ROWS = 100_000;

    @Test
    void largeTablesAreWrittenInBoundedMemory(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("big.xlsx");
        Path log = dir.resolve("java.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                LargeWorkbookMain.class.getName(), xlsx.toString(), String.valueOf(ROWS))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the large workbook took more than 300 s");
        assertEquals(0, process.exitValue(), Files.readString(log));

        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = StreamingReader.builder().rowCacheSize(200).open(in)) {
            int sections = 0;
            for (Sheet sheet : workbook) {
                int last = -1;
                String lastFirstCell = null;
                for (Row row : sheet) {
                    last = row.getRowNum();
                    lastFirstCell = row.getCell(0) == null ? null : row.getCell(0).getStringCellValue();
                }
                if (sheet.getSheetName().equals("Pipeline")) {
                    sections++;
                    assertEquals("Total", lastFirstCell, "the total row closes the table");
                    assertTrue(last > ROWS, "rows: " + last);
                } else if (sheet.getSheetName().equals("Data quality")) {
                    assertEquals(ROWS, last, "one row per problem below the header");
                }
            }
            assertEquals(1, sections);
        }
        assertTrue(new File(xlsx.toString()).length() > 1_000_000);
    }
}
