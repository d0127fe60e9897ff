package org.salesaudit.commission.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet XLSX file written part by part (content types, relationships, workbook, styles,
 * worksheet, document properties) straight into a zip: no object model, nothing read back. Every
 * entry carries the statement's date, so the same statement gives the same bytes.
 */
final class XlsxPackage {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static final String CONTENT_TYPES = XML
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>";

    private static final String ROOT_RELS = XML + "<Relationships xmlns=\"" + PACKAGE_REL + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + PACKAGE_REL + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>";

    private static final String WORKBOOK_RELS = XML + "<Relationships xmlns=\"" + PACKAGE_REL + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";

    private static final String APP = XML
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>salesaudit</Application></Properties>";

    /** The first dates a zip entry can hold without an extended timestamp. */
    private static final LocalDate FIRST_DOS_DATE = LocalDate.of(1980, 1, 1);
    private static final LocalDate LAST_DOS_DATE = LocalDate.of(2107, 12, 31);

    private XlsxPackage() {
    }

    /**
     * @param sheetName    a valid sheet name
     * @param sheet        the worksheet part
     * @param moneyDigits  decimals of the currency
     * @return the XLSX file's bytes
     */
    static byte[] bytes(String sheetName, String sheet, int moneyDigits, LocalDate date, String creator)
            throws IOException {
        LocalDate day = date.isBefore(FIRST_DOS_DATE) ? FIRST_DOS_DATE : date.isAfter(LAST_DOS_DATE) ? LAST_DOS_DATE : date;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, day, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, day, "_rels/.rels", ROOT_RELS);
            entry(zip, day, "docProps/app.xml", APP);
            entry(zip, day, "docProps/core.xml", core(date, creator));
            entry(zip, day, "xl/workbook.xml", workbook(sheetName));
            entry(zip, day, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            entry(zip, day, "xl/styles.xml", styles(moneyDigits));
            entry(zip, day, "xl/worksheets/sheet1.xml", sheet);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, LocalDate day, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(day.atStartOfDay());
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String workbook(String sheetName) {
        StringBuilder xml = new StringBuilder(XML).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
                .append(REL).append("\"><bookViews><workbookView/></bookViews><sheets><sheet name=\"");
        escape(sheetName, xml);
        return xml.append("\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").toString();
    }

    private static String core(LocalDate date, String creator) {
        String stamp = date + "T00:00:00Z";
        StringBuilder xml = new StringBuilder(XML).append("<cp:coreProperties xmlns:cp=\"")
                .append(PACKAGE_REL.replace("relationships", "metadata/core-properties"))
                .append("\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>");
        escape(creator, xml);
        return xml.append("</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(stamp)
                .append("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(stamp)
                .append("</dcterms:modified></cp:coreProperties>").toString();
    }

    /** The styles, in the order of the {@link StatementSheet} constants. */
    static String styles(int moneyDigits) {
        String money = moneyDigits <= 0 ? "#,##0" : "#,##0." + "0".repeat(moneyDigits);
        String font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>";
        return XML + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"" + money + "\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/><numFmt numFmtId=\"166\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                + "<fonts count=\"3\"><font>" + font + "</font><font><b/>" + font + "</font>"
                + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"8\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    /** Appends {@code text} escaped for XML; characters XML cannot hold are dropped. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= ' ' || c == '\t' || c == '\n' || c == '\r') {
                        if (c != '\uFFFE' && c != '\uFFFF') {
                            out.append(c);
                        }
                    }
                }
            }
        }
    }
}
