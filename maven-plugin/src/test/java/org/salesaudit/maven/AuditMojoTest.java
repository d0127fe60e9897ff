package org.salesaudit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditMojoTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private AuditMojo mojo(Path workbook, Path out) {
        AuditMojo mojo = new AuditMojo();
        mojo.setLog(log);
        mojo.pluginVersion = "1.0";
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

        assertEquals(List.of("INFO salesaudit:audit skipped (skip is true, e.g. from -Dsalesaudit.skip)"), log.lines);
        assertFalse(new File(out.toString()).exists());
    }

    @Test
    void anUnchangedSecondRunSaysItIsUpToDateAndForceRunsAgain() throws Exception {
        Path out = dir.resolve("salesaudit");
        AuditMojo mojo = mojo(workbook("Amount"), out);
        mojo.asOf = "2026-10-31";

        mojo.execute();
        mojo.execute();
        mojo.force = true;
        mojo.execute();

        assertEquals(1, log.count("are up to date (inputs unchanged); nothing to do"));
        assertEquals(1, log.count("(no earlier run in"));
        assertEquals(1, log.count("(forced)"));
    }

    @Test
    void workbookFilesSelectAFolderOfWorkbooks() throws Exception {
        Path out = dir.resolve("salesaudit");
        workbook("Amount");
        Files.writeString(dir.resolve("notes.txt"), "not a workbook");
        AuditMojo mojo = mojo(dir.resolve("unused.xlsx"), out);
        mojo.workbooks = null;
        mojo.workbookFiles = new WorkbookFiles();
        mojo.workbookFiles.directory = dir.toFile();
        mojo.asOf = "2026-10-31";

        mojo.execute();

        assertTrue(Files.readString(out.resolve("results.json")).contains("\"file\" : \"crm.xlsx\""));
    }

    @Test
    void anEmptyFolderOrNoWorkbooksAtAllAreRefused() throws Exception {
        AuditMojo mojo = mojo(dir.resolve("unused.xlsx"), dir.resolve("salesaudit"));
        mojo.workbooks = List.of();
        assertTrue(assertThrows(MojoFailureException.class, mojo::execute).getMessage()
                .startsWith("salesaudit: no workbooks configured"));

        Files.createDirectories(dir.resolve("data"));
        mojo.workbookFiles = new WorkbookFiles();
        mojo.workbookFiles.directory = dir.resolve("data").toFile();
        assertTrue(assertThrows(MojoFailureException.class, mojo::execute).getMessage()
                .startsWith("salesaudit: no workbook in " + dir.resolve("data")));
    }

    @Test
    void theReportDateDefaultsToTheReproducibleBuildTimestamp() throws Exception {
        Path out = dir.resolve("salesaudit");
        AuditMojo mojo = mojo(workbook("Amount"), out);
        mojo.outputTimestamp = "2026-11-30T12:00:00Z";

        mojo.execute();
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"as_of\" : \"2026-11-30\""));

        mojo.asOf = "2026-10-31";
        mojo.execute();
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"as_of\" : \"2026-10-31\""),
                "an explicit asOf wins");

        mojo.asOf = null;
        mojo.outputTimestamp = "last tuesday";
        assertTrue(assertThrows(MojoFailureException.class, mojo::execute).getMessage()
                .contains("project.build.outputTimestamp 'last tuesday' is neither"));
    }

    @Test
    void aMissingWorkbookIsAnExecutionErrorNamingIt() {
        AuditMojo mojo = mojo(dir.resolve("missing.xlsx"), dir.resolve("salesaudit"));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("salesaudit: cannot read " + dir.resolve("missing.xlsx") + ": no such file", e.getMessage());
    }

    @Test
    void aSettingsFileIsPassedOnAndATypoInItFailsTheBuildNamingTheKey() throws Exception {
        Path out = dir.resolve("salesaudit");
        AuditMojo mojo = mojo(workbook("Amount"), out);
        mojo.asOf = "2026-10-31";
        mojo.settings = Files.writeString(dir.resolve("settings.properties"), "audit.stale_factr = 3\n").toFile();

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("settings.properties (audit.stale_factr): expected a setting documented in"),
                e.getMessage());
        assertFalse(Files.exists(out.resolve("results.json")));
    }

    @Test
    void anEditedSettingsFileProducesTheReportsAgain() throws Exception {
        Path out = dir.resolve("salesaudit");
        AuditMojo mojo = mojo(workbook("Amount"), out);
        mojo.asOf = "2026-10-31";
        mojo.settings = Files.writeString(dir.resolve("settings.properties"), "# no settings\n").toFile();
        mojo.execute();

        Files.writeString(mojo.settings.toPath(), "# still no settings, but another file\n");
        mojo.execute();

        assertEquals(1, log.count("(settings file changed)"));
        assertEquals(0, log.count("up to date"));
    }

    @Test
    void aTemplateFolderIsUsedAndEditingItProducesTheReportsAgain() throws Exception {
        Path out = dir.resolve("salesaudit");
        Path templates = Files.createDirectories(dir.resolve("my-templates"));
        Files.writeString(templates.resolve("report.css"), "body { color: #102030; } /* house-style-1 */\n");
        AuditMojo mojo = mojo(workbook("Amount"), out);
        mojo.asOf = "2026-10-31";
        mojo.formats = List.of("html");
        mojo.templates = templates.toFile();

        mojo.execute();
        assertTrue(Files.readString(out.resolve("report.html")).contains("house-style-1"));
        mojo.execute();
        assertEquals(1, log.count("are up to date (inputs unchanged); nothing to do"));

        Files.writeString(templates.resolve("report.css"), "body { color: #102030; } /* house-style-2 */\n");
        mojo.execute();

        assertEquals(1, log.count("(template report.css changed)"), log.lines.toString());
        assertEquals(1, log.count("up to date"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("house-style-2") && !html.contains("house-style-1"));
    }

    @Test
    void aTemplateFolderThatIsNotAFolderIsRefused() throws Exception {
        AuditMojo mojo = mojo(workbook("Amount"), dir.resolve("salesaudit"));
        mojo.templates = dir.resolve("no-such-folder").toFile();

        assertEquals("salesaudit: templates: not a directory: " + dir.resolve("no-such-folder"),
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());
    }
}
