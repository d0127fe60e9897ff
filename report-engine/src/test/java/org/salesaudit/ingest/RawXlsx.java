package org.salesaudit.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx package part by part, so that tests can build workbooks no spreadsheet program would
 * write: a sheet with a DOCTYPE, a part that inflates a thousandfold, a package without a workbook.
 */
final class RawXlsx {

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>";
    static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";
    static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Deals\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "</Relationships>";
    static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    static final String SHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Deal ID</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Amount</t></is></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t>Stage</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>D-1</t></is></c><c r=\"B2\"><v>10</v></c>"
            + "<c r=\"C2\" t=\"inlineStr\"><is><t>Qualified</t></is></c></row>"
            + "</sheetData></worksheet>";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    /** A valid one-sheet workbook (Deals: one deal), whose parts tests then replace or remove. */
    static RawXlsx valid() {
        RawXlsx x = new RawXlsx();
        x.put("[Content_Types].xml", CONTENT_TYPES);
        x.put("_rels/.rels", ROOT_RELS);
        x.put("xl/workbook.xml", WORKBOOK);
        x.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        x.put("xl/worksheets/sheet1.xml", SHEET_START + SHEET);
        return x;
    }

    RawXlsx put(String name, String content) {
        return put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    RawXlsx put(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    RawXlsx remove(String name) {
        parts.remove(name);
        return this;
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }
}
