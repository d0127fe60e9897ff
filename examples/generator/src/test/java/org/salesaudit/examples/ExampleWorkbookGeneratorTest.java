package org.salesaudit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example workbook is reproducible, committed up to date, and shaped as the README says. */
class ExampleWorkbookGeneratorTest {

    private static final String REGENERATE =
            "mvn -B -q -f examples/generator/pom.xml compile exec:java";

    private static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("Deals", List.of("Deal ID", "Lead ID", "Account", "Owner", "Created", "Close Date", "Stage",
                "Probability", "Amount", "Currency", "Status", "Product", "Region", "Type"));
        HEADERS.put("StageHistory", List.of("Deal ID", "Stage", "Entered On", "Amount", "Close Date"));
        HEADERS.put("Reps", List.of("Rep ID", "Name", "Team", "Level", "Manager", "Region", "Start Date", "End Date",
                "Language"));
        HEADERS.put("Quotas", List.of("Rep ID", "Period", "Amount"));
        HEADERS.put("Leads", List.of("Lead ID", "Created", "Source", "Campaign", "Owner", "Stage", "MQL Date",
                "SAL Date", "SQL Date", "Customer Date", "Disqualified Date", "First Touch", "Temperature",
                "Form Type", "Pricing Page Visits", "Email Opens", "Email Clicks", "Persona Fit", "Bad Company Data",
                "Company Size", "Industry", "Country"));
        HEADERS.put("Activities", List.of("Activity ID", "Date", "Rep ID", "Lead ID", "Deal ID", "Type",
                "Duration (min)", "Reached"));
        HEADERS.put("Campaigns", List.of("Campaign", "Channel", "Period", "Spend", "Sent", "Opened", "Clicked"));
        HEADERS.put("Customers", List.of("Account", "Since", "Churned On", "MRR"));
    }

    /** Inclusive ranges of data rows per sheet. */
    private static final Map<String, int[]> ROWS = Map.of(
            "Deals", new int[] {1_200, 2_001},
            "StageHistory", new int[] {3_000, 12_000},
            "Reps", new int[] {20, 20},
            "Quotas", new int[] {400, 480},
            "Leads", new int[] {4_000, 6_000},
            "Activities", new int[] {15_000, 25_000},
            "Campaigns", new int[] {200, 264},
            "Customers", new int[] {300, 800});

    private static GeneratedWorkbook generated;

    @BeforeAll
    static void generate() {
        generated = ExampleWorkbookGenerator.generate();
    }

    @Test
    void writesIdenticalBytesEveryTime(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        ExampleWorkbookGenerator.main(new String[] {first.toString()});
        ExampleWorkbookGenerator.main(new String[] {second.toString()});
        byte[] a = Files.readAllBytes(first);
        byte[] b = Files.readAllBytes(second);
        assertEquals(-1, firstDifference(a, b), "two runs differ at the byte shown");
        assertEquals(-1, firstDifference(a, generated.bytes()), "main and generate() differ at the byte shown");
    }

    @Test
    void committedWorkbookIsUpToDate() throws IOException {
        Path committed = committedWorkbook();
        if (!Files.exists(committed)) {
            fail(committed + " is missing; generate it from the repository root with: " + REGENERATE);
        }
        long difference = firstDifference(Files.readAllBytes(committed), generated.bytes());
        if (difference >= 0) {
            fail("examples/acme-sales.xlsx is not what the generator writes (first difference at byte " + difference
                    + "). Regenerate it from the repository root with: " + REGENERATE
                    + " and update the row counts and dirty cells in examples/README.md if they changed.");
        }
    }

    @Test
    void staysSmall() {
        assertTrue(generated.bytes().length < 5 * 1024 * 1024, generated.bytes().length + " bytes");
    }

    @Test
    void hasTheDocumentedSheetsHeadersAndFormats() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(generated.bytes()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(new ArrayList<>(HEADERS.keySet()), names);
            for (Map.Entry<String, List<String>> expected : HEADERS.entrySet()) {
                Sheet sheet = workbook.getSheet(expected.getKey());
                List<String> headers = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
                assertEquals(expected.getValue(), headers, sheet.getSheetName());
                int rows = sheet.getLastRowNum();
                int[] range = ROWS.get(sheet.getSheetName());
                assertTrue(rows >= range[0] && rows <= range[1], sheet.getSheetName() + " has " + rows + " rows");
                assertEquals(generated.rowCounts().get(sheet.getSheetName()), rows, sheet.getSheetName());
            }
            Row deal = workbook.getSheet("Deals").getRow(1);
            assertTrue(DateUtil.isCellDateFormatted(deal.getCell(4)), "Created is a date");
            assertTrue(DateUtil.isCellDateFormatted(deal.getCell(5)), "Close Date is a date");
            assertEquals("0%", deal.getCell(7).getCellStyle().getDataFormatString());
            assertEquals("#,##0.00", deal.getCell(8).getCellStyle().getDataFormatString());
            assertEquals("USD", deal.getCell(9).getStringCellValue());
            Row lead = workbook.getSheet("Leads").getRow(1);
            assertEquals("yyyy-mm-dd hh:mm", lead.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(CellType.STRING, workbook.getSheet("Quotas").getRow(1).getCell(1).getCellType());
        }
    }

    @Test
    void dirtyCellsAreWhereTheReadmeSaysTheyAre() throws IOException {
        List<DirtyCell> cells = generated.dirtyCells();
        assertEquals(8, cells.size(), cells.toString());
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        DataFormatter formatter = new DataFormatter(Locale.US);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(generated.bytes()))) {
            Sheet deals = workbook.getSheet("Deals");
            for (DirtyCell dirty : cells) {
                assertTrue(readme.contains(dirty.reference()), "README does not list " + dirty.reference());
                if (dirty.address().contains(":")) {
                    int row = Integer.parseInt(dirty.address().replaceAll(".*:[A-Z]+", "")) - 1;
                    for (int column = 0; column < 14; column++) {
                        assertEquals(formatter.formatCellValue(deals.getRow(row - 1).getCell(column)),
                                formatter.formatCellValue(deals.getRow(row).getCell(column)), dirty.reference());
                    }
                    continue;
                }
                CellAddress address = new CellAddress(dirty.address());
                Cell cell = deals.getRow(address.getRow()).getCell(address.getColumn());
                assertEquals(CellType.STRING, cell.getCellType(), dirty.reference());
                assertEquals(dirty.written(), cell.getStringCellValue(), dirty.reference());
                assertTrue(readme.contains(dirty.written()), "README does not show " + dirty.written());
            }
        }
    }

    @Test
    void readmeStatesTheRowCounts() throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        for (Map.Entry<String, Integer> sheet : generated.rowCounts().entrySet()) {
            String row = String.format(Locale.US, "| %s | %,d |", sheet.getKey(), sheet.getValue());
            assertTrue(readme.contains(row), "README lacks the table row starting " + row);
        }
        assertTrue(readme.contains(String.valueOf(DataWindow.SEED)), "README does not state the seed");
    }

    private static Path examplesDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
    }

    private static Path committedWorkbook() {
        String configured = System.getProperty("example.workbook");
        return configured != null ? Path.of(configured) : examplesDir().resolve("acme-sales.xlsx");
    }

    private static Path readme() {
        return examplesDir().resolve("README.md");
    }

    /** The offset of the first differing byte, or -1 when both arrays are equal. */
    private static long firstDifference(byte[] a, byte[] b) {
        int common = Math.min(a.length, b.length);
        for (int i = 0; i < common; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : common;
    }
}
