package org.salesaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salesaudit.TestWorkbooks.DEAL_HEADERS;
import static org.salesaudit.TestWorkbooks.deal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MainTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 20);

    @TempDir
    Path dir;

    private Path goodWorkbook() throws Exception {
        return TestWorkbooks.xlsx()
                .sheet("Deals", DEAL_HEADERS,
                        deal("D-1", "R01", JAN, MAR, "Closed Won", 1500, "Won"),
                        deal("D-2", "R01", JAN, MAR, "Closed Lost", 700, "Lost"),
                        deal("D-3", "R02", JAN, LocalDate.of(2026, 6, 1), "Product trial", 1000, "Open"),
                        deal("D-4", "R02", JAN, MAR, "Closed Won", "$2,500", "Won"))
                .sheet("Reps", List.of("Rep ID", "Name", "Team"), List.of("R01", "Ada", "East"),
                        List.of("R02", "Alan", "West"))
                .sheet("Quotas", List.of("Rep ID", "Period", "Amount"), List.of("R01", "2026-03", 2000),
                        List.of("R02", "2026-03", 2000))
                .write(dir.resolve("crm.xlsx"));
    }

    @Test
    void auditWritesReportsAndResultsJsonWithHandComputedFigures() throws Exception {
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", goodWorkbook().toString(), "-o", out.toString(), "--as-of", "2026-03-31");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("report.pdf")));
        org.salesaudit.render.pdf.VeraPdf.assertCompliant(out.resolve("report.pdf"));
        assertTrue(Files.isRegularFile(out.resolve("report.xlsx")));
        JsonNode results = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(out.resolve("results.json").toFile());
        JsonNode f = results.get("figures");
        // money keeps its cents in the file itself
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"audit.pipeline_value\" : 1000.00,"));
        assertDecimal("1000.00", f.get("audit.pipeline_value"));
        assertDecimal("600.00", f.get("audit.weighted_pipeline"));
        // won 1500 + 2500, lost 700: win rate 2/3, average 2000, median 2000
        assertDecimal("0.666667", f.get("audit.win_rate"));
        assertDecimal("2000.00", f.get("audit.average_deal_size"));
        assertDecimal("4000.00", f.get("audit.bookings"));
        // R01: 1500 / 2000; R02: 2500 / 2000 -> half the reps at quota, team 4000 / 4000
        assertDecimal("0.500000", f.get("audit.quota_attainment.rate"));
        assertDecimal("1.000000", f.get("audit.quota_attainment.team"));
        assertEquals(1, f.get("data_quality.warnings").asInt());
        JsonNode reps = results.get("tables").get("audit.quota_attainment.reps");
        assertEquals("R02", reps.get(0).get("rep_id").asText());
        assertDecimal("1.250000", reps.get(0).get("attainment"));
        assertEquals("F5", results.get("problems").get(0).get("cell").asText());
        assertEquals(List.of("report.pdf", "report.xlsx"),
                Stream.of(results.get("outputs").get(0).asText(), results.get("outputs").get(1).asText()).toList());
        assertTrue(run.out().contains("Wrote report.pdf, report.xlsx, results.json"), run.out());
        assertNoStagingLeft();
    }

    @Test
    void aMissingColumnIsExitThreeWithTheCellNamedAndNothingWritten() throws Exception {
        Path bad = TestWorkbooks.xlsx().sheet("Deals", List.of("Deal ID", "Stage"), List.of("D-1", "Qualified"))
                .write(dir.resolve("bad.xlsx"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", bad.toString(), "-o", out.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("bad.xlsx, sheet Deals: expected a column \"Amount\""), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(out));
        assertNoStagingLeft();
    }

    @Test
    void strictRefusesTextInAnAmountCellNamingTheCell() throws Exception {
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", goodWorkbook().toString(), "-o", out.toString(), "--strict");

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("crm.xlsx, sheet Deals, cell F5 (Amount): expected a number, found \"$2,500\""),
                run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void validateListsProblemsAndStrictMakesThemFatal() throws Exception {
        Path workbook = goodWorkbook();

        CliRun lenient = CliRun.of("validate", workbook.toString());
        CliRun strict = CliRun.of("validate", workbook.toString(), "--strict");

        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.out().contains("sheet Deals: deals, header in row 1, 4 rows read, 0 left out"), lenient.out());
        assertTrue(lenient.out().contains("cell F5 (Amount)"), lenient.out());
        assertEquals(3, strict.exitCode());
    }

    @Test
    void anUnknownSettingsKeyIsRefusedByName() throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.properties"), "audit.stale_factr = 3\n");

        CliRun run = CliRun.of("audit", goodWorkbook().toString(), "-o", dir.resolve("out").toString(),
                "--settings", settings.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("settings.properties (audit.stale_factr): expected a setting documented in "
                + "docs/settings.md"), run.err());
    }

    @Test
    void badOptionsAreExitTwo() throws Exception {
        Path workbook = goodWorkbook();

        assertEquals(2, CliRun.of("audit", workbook.toString(), "-o", "x", "--lang", "fr").exitCode());
        assertEquals(2, CliRun.of("audit", workbook.toString(), "-o", "x", "--format", "docx").exitCode());
        assertEquals(2, CliRun.of("audit", workbook.toString(), "-o", "x", "--as-of", "31/10/2026").exitCode());
        assertEquals(2, CliRun.of("audit", workbook.toString()).exitCode());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
        assertFalse(Files.exists(Path.of("x")));
    }

    @Test
    void aMissingInputFileIsExitOneWithItsName() {
        CliRun run = CliRun.of("audit", dir.resolve("nope.xlsx").toString(), "-o", dir.resolve("out").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nope.xlsx: no such file"), run.err());
    }

    @Test
    void commissionsWritesStatementsRegisterAndManifest() throws Exception {
        Path out = dir.resolve("out");
        Path workbook = org.salesaudit.commission.CommissionWorkbooks.write(dir.resolve("crm.xlsx"));

        CliRun run = CliRun.of("commissions", workbook.toString(), "--period", "2026-10", "-o", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        for (String name : List.of("statement-R01.pdf", "statement-R01.xlsx", "statement-R02.pdf", "statement-R02.xlsx",
                "payout-register.xlsx", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertTrue(run.out().contains("Wrote 2 statements"), run.out());
        assertTrue(run.out().contains("Total pay 7850.00 USD for 2026-10."), run.out());
        assertTrue(run.err().contains("Statements written: 2 of 2"), run.err());
    }

    @Test
    void commissionsWithABadPlanIsExitThreeNamingTheCellAndWritesNothing() throws Exception {
        Path out = dir.resolve("out");
        Path workbook = org.salesaudit.commission.CommissionWorkbooks.base()
                .sheet("Cancellations", List.of("Deal ID", "Cancelled On"), List.of("D-1", "31/10/2026"))
                .write(dir.resolve("crm.xlsx"));

        CliRun run = CliRun.of("commissions", workbook.toString(), "--period", "2026-10", "-o", out.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("crm.xlsx, sheet Cancellations, cell B2 (Cancelled On): expected a date "
                + "(a date cell or YYYY-MM-DD), found \"31/10/2026\""), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void commissionsRefusesAPeriodThatIsNotAMonth() throws Exception {
        CliRun run = CliRun.of("commissions", goodWorkbook().toString(), "--period", "2026-Q4", "-o",
                dir.resolve("out").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--period: expected a month as YYYY-MM, found '2026-Q4'"), run.err());
    }

    @Test
    void helpListsCommandsExamplesAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        for (String expected : List.of("audit", "validate", "commissions", "Examples:", "Exit codes:",
                "the input data is unusable")) {
            assertTrue(run.out().contains(expected), expected + " in " + run.out());
        }
    }

    @Test
    void rerunningGivesByteIdenticalFiles() throws Exception {
        Path workbook = goodWorkbook();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");

        assertEquals(0, CliRun.of("audit", workbook.toString(), "-o", a.toString(), "--format", "pdf,xlsx,html").exitCode());
        assertEquals(0, CliRun.of("audit", workbook.toString(), "-o", b.toString(), "--format", "pdf,xlsx,html").exitCode());

        for (String name : List.of("report.pdf", "report.xlsx", "report.html", "results.json")) {
            assertEquals(-1L, Files.mismatch(a.resolve(name), b.resolve(name)), name);
        }
    }

    private static void assertDecimal(String expected, JsonNode actual) {
        assertEquals(0, new java.math.BigDecimal(expected).compareTo(actual.decimalValue()),
                "expected " + expected + " but was " + actual);
    }

    private void assertNoStagingLeft() throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> staging = entries.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")).toList();
            assertEquals(List.of(), staging);
        }
    }
}
