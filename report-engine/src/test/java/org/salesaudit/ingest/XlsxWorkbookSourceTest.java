package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .xlsx reader on hand-written packages: every kind of cell a sheet part can hold, the parts a
 * workbook refers to, and markup the reader must understand or refuse.
 */
class XlsxWorkbookSourceTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @TempDir
    Path dir;

    private static String sheet(String data) {
        return RawXlsx.SHEET_START + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + data + "</sheetData></worksheet>";
    }

    /** @return every non-empty row of every sheet as "sheet!row: address=KIND:shown ..." */
    private List<String> rows(RawXlsx xlsx) throws Exception {
        Path file = xlsx.write(dir.resolve("book.xlsx"));
        List<String> out = new ArrayList<>();
        try (WorkbookSource workbook = WorkbookSource.open(file)) {
            for (SheetRows sheet : workbook.sheets()) {
                sheet.forEachRow((row, cells) -> {
                    StringBuilder s = new StringBuilder(sheet.sheetName() + "!" + row + ":");
                    for (RawCell cell : cells) {
                        s.append(' ').append(cell);
                    }
                    out.add(s.toString());
                    return true;
                });
            }
        }
        return out;
    }

    @Test
    void readsEveryKindOfCell() throws Exception {
        RawXlsx xlsx = RawXlsx.valid().put("xl/worksheets/sheet1.xml", sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> Deal ID </t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Am</t></r><r><rPr><b/></rPr><t>ount</t></r></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>CONCAT(\"D-\",1)</f><v>D-1</v></c><c r=\"B2\"><v>1234.5</v></c>"
                        + "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"e\"><f>#REF!</f><v>#REF!</v></c>"
                        + "<c r=\"E2\"><f>SUM(1,2)</f></c><c r=\"F2\"><f>SUM(B2,1)</f><v>1235.5</v></c>"
                        + "<c r=\"G2\" t=\"inlineStr\"><is><t>A &amp; B &lt;&#233;&#x4E2D;&gt;</t></is></c>"
                        + "<c r=\"H2\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"I2\" t=\"b\"><v>0</v></c></row>"));

        assertEquals(List.of(
                "Deals!1: A1=TEXT:Deal ID B1=TEXT:Amount",
                "Deals!2: A2=TEXT:D-1 B2=NUMBER:1234.5 C2=BOOLEAN:true D2=ERROR:#REF! E2=ERROR:=SUM(1,2) "
                        + "F2=NUMBER:1235.5 G2=TEXT:A & B <é中> H2=BLANK: I2=BOOLEAN:false"),
                rows(xlsx));
    }

    @Test
    void readsSharedStringsWithRichTextAndWithoutPhoneticGuides() throws Exception {
        RawXlsx xlsx = RawXlsx.valid()
                .put("xl/_rels/workbook.xml.rels", rels(
                        rel("rId1", "worksheet", "worksheets/sheet1.xml"), rel("rId2", "sharedStrings", "sharedStrings.xml")))
                .put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\" count=\"3\" uniqueCount=\"3\">"
                        + "<si><t>Qualified</t></si>"
                        + "<si><r><t>Closed </t></r><r><rPr><i/></rPr><t>Won</t></r></si>"
                        + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si></sst>")
                .put("xl/worksheets/sheet1.xml", sheet("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"D3\" t=\"s\"><v>0</v></c><c r=\"E3\" t=\"s\"><v>2</v></c></row>"));

        assertEquals(List.of("Deals!3: A3=BLANK: B3=TEXT:Closed Won C3=BLANK: D3=TEXT:Qualified E3=TEXT:東京"),
                rows(xlsx));
    }

    @Test
    void readsDatesByTheirCellFormatInTheDateSystemOfTheWorkbook() throws Exception {
        String styles = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
                + "formatCode=\"yyyy\\-mm\\-dd\"/></numFmts><cellXfs count=\"4\"><xf numFmtId=\"0\"/>"
                + "<xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"4\"/></cellXfs></styleSheet>";
        String data = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v></c><c r=\"B1\" s=\"2\"><v>45000.5</v></c>"
                + "<c r=\"C1\" s=\"3\"><v>45000</v></c><c r=\"D1\"><v>45000</v></c></row>";
        RawXlsx xlsx = RawXlsx.valid()
                .put("xl/_rels/workbook.xml.rels", rels(
                        rel("rId1", "worksheet", "worksheets/sheet1.xml"), rel("rId2", "styles", "styles.xml")))
                .put("xl/styles.xml", styles)
                .put("xl/worksheets/sheet1.xml", sheet(data));
        assertEquals(List.of("Deals!1: A1=DATE:2023-03-15 B1=DATE:2023-03-15T12:00 C1=NUMBER:45000 D1=NUMBER:45000"),
                rows(xlsx));

        xlsx.put("xl/workbook.xml", RawXlsx.WORKBOOK.replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>"));
        assertEquals(List.of("Deals!1: A1=DATE:2027-03-16 B1=DATE:2027-03-16T12:00 C1=NUMBER:45000 D1=NUMBER:45000"),
                rows(xlsx));
    }

    @Test
    void readsRowsAndCellsWithoutAddressesAndSkipsEmptyRows() throws Exception {
        RawXlsx xlsx = RawXlsx.valid().put("xl/worksheets/sheet1.xml", sheet(
                "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>"
                        + "<row><c s=\"0\"/></row><row spans=\"1:2\"/>"
                        + "<row r=\"7\"><c r=\"AB7\"><v>2</v></c></row><row><c><v>3</v></c></row>"));

        List<String> rows = rows(xlsx);

        assertEquals(3, rows.size(), rows.toString());
        assertEquals("Deals!1: A1=TEXT:a B1=NUMBER:1 C1=BLANK: D1=BLANK: E1=NUMBER:5 F1=NUMBER:6", rows.get(0));
        assertEquals("AB7=NUMBER:2", rows.get(1).substring(rows.get(1).lastIndexOf(' ') + 1));
        assertEquals(28, rows.get(1).split(" ").length - 1);
        assertEquals("Deals!8: A8=NUMBER:3", rows.get(2));
    }

    @Test
    void takesSheetNamesAndOrderFromTheWorkbookPart() throws Exception {
        RawXlsx xlsx = RawXlsx.valid()
                .put("xl/workbook.xml", RawXlsx.SHEET_START + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\">"
                        + "<sheets><sheet name=\"Reps &amp; teams\" sheetId=\"2\" r:id=\"rId7\"/>"
                        + "<sheet name=\"Deals\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>")
                .put("xl/_rels/workbook.xml.rels", rels(
                        rel("rId3", "worksheet", "worksheets/sheet1.xml"), rel("rId7", "worksheet", "/xl/worksheets/other.xml")))
                .put("xl/worksheets/other.xml", sheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"));

        List<String> rows = rows(xlsx);

        assertEquals("Reps & teams!1: A1=NUMBER:7", rows.get(0));
        assertEquals("Deals!1: A1=TEXT:Deal ID B1=TEXT:Amount C1=TEXT:Stage", rows.get(1));
    }

    @Test
    void understandsPrefixesCommentsAndCdataAndRefusesADoctype() throws Exception {
        RawXlsx xlsx = RawXlsx.valid().put("xl/worksheets/sheet1.xml", RawXlsx.SHEET_START
                + "<!-- written by a tool --><x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData>"
                + "<x:row r='1'><x:c r='A1' t='inlineStr'><x:is><x:t><![CDATA[<b>bold</b> & co]]></x:t></x:is></x:c>"
                + "<x:c r='B1'><!-- cached --><x:v>2<!-- two --></x:v></x:c></x:row></x:sheetData></x:worksheet>");
        assertEquals(List.of("Deals!1: A1=TEXT:<b>bold</b> & co B1=NUMBER:2"), rows(xlsx));

        RawXlsx doctype = RawXlsx.valid().put("xl/worksheets/sheet1.xml", RawXlsx.SHEET_START
                + "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + RawXlsx.SHEET.replace("D-1", "&x;"));
        Exception refused = assertThrows(Exception.class, () -> rows(doctype));
        assertEquals(WorkbookFailures.DOCTYPE, WorkbookFailures.describe(dir.resolve("book.xlsx"), refused));

        RawXlsx entity = RawXlsx.valid().put("xl/worksheets/sheet1.xml", RawXlsx.SHEET_START
                + RawXlsx.SHEET.replace("D-1", "&x;"));
        assertThrows(SheetPartReader.RefusedXmlException.class, () -> rows(entity));
    }

    @Test
    void readsCompactCellsAsCellsWrittenWithSpacesBetweenTheirTags() throws Exception {
        String compact = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Open</t></is></c><c r=\"B1\"><v>2.5</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>A &amp; B</t></is></c><c r=\"D1\" t=\"b\"><v>1</v></c>"
                + "<c r=\"E1\" t=\"e\"><v>#N/A</v></c><c r=\"F1\"><v></v></c><c r=\"G1\" t=\"inlineStr\"><is><t></t></is></c>"
                + "<c r=\"H1\" t=\"inlineStr\"><is><t>Open</t></is></c><c r=\"I1\" t=\"d\"><v>2024-03-05</v></c></row>";
        String spaced = compact.replace("><", "> <").replace("<row r=\"1\"> ", "<row r=\"1\">");
        List<String> expected = List.of("Deals!1: A1=TEXT:Open B1=NUMBER:2.5 C1=TEXT:A & B D1=BOOLEAN:true E1=ERROR:#N/A "
                + "F1=BLANK: G1=BLANK: H1=TEXT:Open I1=DATE:2024-03-05");
        assertEquals(expected, rows(RawXlsx.valid().put("xl/worksheets/sheet1.xml", sheet(compact))));
        assertEquals(expected, rows(RawXlsx.valid().put("xl/worksheets/sheet1.xml", sheet(spaced))));
    }

    @Test
    void readsCellStartTagsWrittenInEveryForm() throws Exception {
        String[] tags = {"<c r=\"A1\" s=\"0\" t=\"inlineStr\">", "<c r='A1' t='inlineStr'>", "<c\tr=\"A1\"\nt=\"inlineStr\">",
            "<c cm=\"1\" r=\"A1\" t=\"inlineStr\">", "<c t=\"inlineStr\" r=\"A1\">", "<c r=\"A1\" t=\"inlineStr\" >",
            "<c r = \"A1\" t=\"inlineStr\">", "<c x:r=\"Z9\" r=\"A1\" t=\"inlineStr\">"};
        for (String tag : tags) {
            String data = "<row r=\"1\">" + tag + "<is><t>Open</t></is></c><c r=\"B1\"/><c r=\"C1\" /><c><v>7</v></c>"
                    + "<cr><v>8</v></cr></row>";
            assertEquals(List.of("Deals!1: A1=TEXT:Open B1=BLANK: C1=BLANK: D1=NUMBER:7"),
                    rows(RawXlsx.valid().put("xl/worksheets/sheet1.xml", sheet(data))), tag);
        }
    }

    @Test
    void refusesAnEndTagThatDoesNotCloseTheCellEvenInACompactCell() throws Exception {
        RawXlsx xlsx = RawXlsx.valid().put("xl/worksheets/sheet1.xml", RawXlsx.SHEET_START
                + "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData><x:row r='1'><x:c r='A1'><v>1</v></c></x:row>"
                + "</x:sheetData></x:worksheet>");
        DamagedSheetException damaged = assertThrows(DamagedSheetException.class, () -> rows(xlsx));
        assertEquals("sheet Deals: the end tag </c> where </x:c> was expected", damaged.getMessage());
    }

    @Test
    void readsLongRowsAcrossBufferRefills() throws Exception {
        StringBuilder data = new StringBuilder();
        String longText = "x".repeat(100_000);
        for (int r = 1; r <= 3000; r++) {
            data.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append(r == 1500 ? longText : "row " + r).append("</t></is></c><c r=\"B").append(r)
                    .append("\"><v>").append(r).append(".25</v></c></row>");
        }
        List<String> rows = rows(RawXlsx.valid().put("xl/worksheets/sheet1.xml", sheet(data.toString())));

        assertEquals(3000, rows.size());
        assertEquals("Deals!2999: A2999=TEXT:row 2999 B2999=NUMBER:2999.25", rows.get(2998));
        assertEquals("Deals!1500: A1500=TEXT:" + longText + " B1500=NUMBER:1500.25", rows.get(1499));
    }

    @Test
    void parsesNumbersExactlyAsTheJdkDoes() {
        Random random = new Random(7);
        List<String> samples = new ArrayList<>(List.of("0", "-0", "1", "0.1", "0.30000000000000004", "1234.5", ".5",
                "5.", "1E3", "1.5e-7", "123456789012345678", "9007199254740993", "0.000000000000000000000001", " 42 "));
        for (int i = 0; i < 20_000; i++) {
            samples.add(String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(12))));
            samples.add(String.valueOf(random.nextInt(100_000_000) / 100.0));
            samples.add(random.nextLong() % 10_000_000 + "." + random.nextInt(1000));
        }
        for (String s : samples) {
            byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.parseDouble(s), SheetPartReader.number(bytes, 0, bytes.length), s);
        }
    }

    @Test
    void spellsAddressesAsExcelDoes() {
        assertEquals("A1", A1.of(0, 0));
        assertEquals("Z10", A1.of(9, 25));
        assertEquals("AA2", A1.of(1, 26));
        assertEquals("XFD1048576", A1.of(1_048_575, 16_383));
        assertEquals(LocalDateTime.of(2023, 3, 15, 0, 0), new ExcelDates(false).of(45000));
    }

    private static String rels(String... rels) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + String.join("", rels) + "</Relationships>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + RELS + "/" + type + "\" Target=\"" + target + "\"/>";
    }
}
