package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of ingestion's contract: whatever the bytes of a workbook or CSV file, reading it either
 * succeeds (with data problems as values) or refuses the file with an {@link InvalidInputException} whose
 * message names the file. Never another exception or Error (no stack trace for a user's file), and the
 * file is never modified.
 *
 * <p>In every build the inputs under {@code src/test/resources/org/salesaudit/ingest/IngestFuzzTestInputs/}
 * run as regression tests. To fuzz (explore new inputs guided by coverage; new crashes are written to that
 * folder), run one target at a time, e.g.
 * {@code JAZZER_FUZZ=1 mvn -pl report-engine -am test -Dtest=IngestFuzzTest#sheetXml -Dsurefire.failIfNoSpecifiedTests=false}
 * (docs/testing.md).
 */
class IngestFuzzTest {

    /** Any bytes in a file named .xlsx: the signature check, the zip reader and POI's limits. */
    @FuzzTest(maxDuration = "5m")
    void workbookBytes(byte[] content) throws IOException {
        assertReadsOrRefuses("fuzz.xlsx", content);
    }

    /**
     * A well-formed package (with shared strings and a date style) whose sheet part is the fuzzer's bytes:
     * reaches the sheet reader, header detection, the row mappers and the cell parsers, which raw zip
     * bytes rarely do.
     */
    @FuzzTest(maxDuration = "5m")
    void sheetXml(byte[] sheet) throws IOException {
        Path dir = Files.createTempDirectory("salesaudit-fuzz");
        try {
            Path file = withSheet(sheet).write(dir.resolve("fuzz.xlsx"));
            assertReadsOrRefuses(file);
        } finally {
            deleteTree(dir);
        }
    }

    /** The package of {@link #sheetXml}: shared strings 0–5 and cell style 1 (a date format) exist. */
    static RawXlsx withSheet(byte[] sheet) {
        String ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        return RawXlsx.valid()
                .put("[Content_Types].xml", RawXlsx.CONTENT_TYPES.replace("</Types>",
                        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                                + "officedocument.spreadsheetml.sharedStrings+xml\"/><Override PartName=\"/xl/styles.xml\" "
                                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                                + "</Types>"))
                .put("xl/_rels/workbook.xml.rels", RawXlsx.WORKBOOK_RELS.replace("</Relationships>",
                        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" "
                                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                                + "Target=\"styles.xml\"/></Relationships>"))
                .put("xl/sharedStrings.xml", RawXlsx.SHEET_START + "<sst " + ns + " count=\"6\" uniqueCount=\"6\">"
                        + "<si><t>Deal ID</t></si><si><t>Amount</t></si><si><t>Stage</t></si>"
                        + "<si><r><t>Close</t></r><r><t xml:space=\"preserve\"> Date</t></r></si>"
                        + "<si><t>1.234,56 zł</t></si><si><t>03/05/2024</t></si></sst>")
                .put("xl/styles.xml", RawXlsx.SHEET_START + "<styleSheet " + ns + "><numFmts count=\"1\">"
                        + "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                        + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                        + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                        + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                        + "</cellXfs></styleSheet>")
                .put("xl/worksheets/sheet1.xml", sheet);
    }

    /** Any bytes in a file named .csv: encoding and delimiter detection, then the same row mappers. */
    @FuzzTest(maxDuration = "5m")
    void csvBytes(byte[] content) throws IOException {
        assertReadsOrRefuses("fuzz.csv", content);
    }

    /** The cell parsers take any text: a value or empty, never an exception. */
    @FuzzTest(maxDuration = "2m")
    void cellText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        CellParsers.amount(text);
        CellParsers.percent(text);
        CellParsers.currency(text);
        CellParsers.bool(text);
        CellParsers.asciiDigits(text);
        for (DateOrder order : DateOrder.values()) {
            CellParsers.date(text, order);
        }
        CellParsers.date(text);
        HeaderText.normalize(text);
    }

    private static void assertReadsOrRefuses(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("salesaudit-fuzz");
        try {
            Path file = Files.write(dir.resolve(name), content);
            assertReadsOrRefuses(file);
        } finally {
            deleteTree(dir);
        }
    }

    private static void assertReadsOrRefuses(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);
        try {
            new SalesDataReader(ColumnMapping.none()).read(List.of(file), Optional.empty(), problems);
            for (Problem p : problems.problems()) {
                assertFalse(p.message().isBlank(), "a problem without a message");
            }
        } catch (InvalidInputException e) {
            assertTrue(e.getMessage().contains(file.getFileName().toString()),
                    "the message names the file: " + e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file), "the input file was modified");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
