package org.salesaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;

class ValidateCommandTest {

    private static final LocalDate D1 = LocalDate.of(2026, 1, 10);

    @TempDir
    Path dir;

    @Test
    void suggestMappingListsWhatMatchedWhatDidNotAndTheRequiredFieldsStillMissing() throws Exception {
        Path export = TestWorkbooks.xlsx()
                .rawSheet("Sheet1", List.of(List.of("Opportunities export"),
                        List.of("Deal ID", "Value (EUR)", "Stage", "Notes"),
                        List.of("X-1", 10, "Qualified", "call back")))
                .sheet("Lookup", List.of("Code", "Label"), List.of("A", "Alpha"))
                .write(dir.resolve("client.xlsx"));
        Path mapping = dir.resolve("client.properties");

        CliRun run = CliRun.of("validate", export.toString(), "--suggest-mapping", mapping.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote a mapping suggestion to " + mapping), run.out());
        List<String> lines = Files.readAllLines(mapping, StandardCharsets.UTF_8);
        assertTrue(lines.contains("# Sheet \"Sheet1\": deals, header row 2 (recognised by its headers)"), lines.toString());
        assertTrue(lines.contains("deals.sheet = Sheet1"), lines.toString());
        assertTrue(lines.contains("deals.id = Deal ID"), lines.toString());
        assertTrue(lines.contains("deals.stage = Stage"), lines.toString());
        assertTrue(lines.contains("# Columns not matched (ignored unless you name them above): Value (EUR), Notes"),
                lines.toString());
        assertTrue(lines.contains("# deals.amount =    <- required: name its column"), lines.toString());
        assertTrue(lines.contains("# Sheet \"Lookup\": not recognised"), lines.toString());
        assertTrue(lines.contains("#   headers of its first row: Code, Label"), lines.toString());

        // the consultant names the missing column; the file is then a working mapping
        Files.writeString(mapping, String.join("\n", lines) + "\ndeals.amount = Value (EUR)\n", StandardCharsets.UTF_8);
        CliRun validate = CliRun.of("validate", export.toString(), "--mapping", mapping.toString());
        assertEquals(0, validate.exitCode(), validate.err() + validate.out());
        assertTrue(validate.out().contains("sheet Sheet1: deals, header in row 2, 1 rows read"), validate.out());
    }

    @Test
    void suggestMappingReadsCsvExportsAndNeverOverwritesAnInput() throws Exception {
        Path export = Files.writeString(dir.resolve("q3-export.csv"), "Opp Ref;Deal Stage;Amount\nX-1;Qualified;10\n",
                StandardCharsets.UTF_8);
        Path mapping = dir.resolve("q3-export.properties");

        assertEquals(0, CliRun.of("validate", export.toString(), "--suggest-mapping", mapping.toString()).exitCode());
        List<String> lines = Files.readAllLines(mapping, StandardCharsets.UTF_8);
        assertTrue(lines.contains("# Sheet \"q3-export\": deals, header row 1 (recognised by its headers)"), lines.toString());
        assertTrue(lines.contains("deals.amount = Amount"), lines.toString());
        assertTrue(lines.contains("# deals.id =    <- required: name its column"), lines.toString());

        byte[] before = Files.readAllBytes(export);
        CliRun overwrite = CliRun.of("validate", export.toString(), "--suggest-mapping", export.toString());
        assertEquals(1, overwrite.exitCode(), overwrite.err());
        assertTrue(overwrite.err().contains("is an input; the mapping must go to another file"), overwrite.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(export, StandardCharsets.UTF_8));
    }

    @Test
    void aHostileFileIsExitThreeWithOneMessageAndNoStackTrace() throws Exception {
        Path file = Files.write(dir.resolve("crm.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("crm.xlsx: expected an Excel workbook (.xlsx, .xlsm or .xls), found \"a damaged "
                + "or truncated zip archive\" (file not used)"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void validateCountsProblemsByKind() throws Exception {
        Path file = TestWorkbooks.xlsx().sheet("Deals", TestWorkbooks.DEAL_HEADERS,
                Arrays.asList("D-1", "R01", D1, D1, "Closed Won", "$10", "USD", "Won"),
                Arrays.asList("D-2", "R01", D1, D1, "Closed Won", "$20", "USD", "Won"),
                Arrays.asList("D-3", "R01", D1, D1, "Closed Won", "TBD", "USD", "Won")).write(dir.resolve("crm.xlsx"));

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("By kind:\n       2  amount.text\n       1  amount.not_a_number\n"), run.out());
    }

    @Test
    void stageNamesAreCheckedAgainstTheStageTableOfTheSettingsFile() throws Exception {
        Path file = TestWorkbooks.xlsx().sheet("Deals", TestWorkbooks.DEAL_HEADERS,
                Arrays.asList("D-1", "R01", D1, null, "Pilot", 10, "USD", "Open"),
                Arrays.asList("D-2", "R01", D1, D1, "Closed Won", 20, "USD", "Won")).write(dir.resolve("crm.xlsx"));
        Path settings = Files.writeString(dir.resolve("settings.properties"),
                "audit.stages = Pilot:0.5, Closed Won:1\n", StandardCharsets.UTF_8);

        CliRun defaults = CliRun.of("validate", file.toString());
        CliRun configured = CliRun.of("validate", file.toString(), "--settings", settings.toString());

        assertEquals(0, defaults.exitCode(), defaults.err());
        assertTrue(defaults.out().contains("expected a stage of the stage table"), defaults.out());
        assertEquals(0, configured.exitCode(), configured.err());
        assertFalse(configured.out().contains("expected a stage of the stage table"), configured.out());
    }
}
