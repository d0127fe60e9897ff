package org.salesaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;

/**
 * Opens an {@code .xlsx}/{@code .xlsm} package read-only with POI's {@link OPCPackage} (its zip-bomb
 * limits stay in force on every part read), reads the small parts (workbook, styles, shared strings)
 * with StAX and hands out each worksheet part to a {@link SheetPartReader}: sheets in workbook order with
 * their tab names, the 1904 date system when the workbook says so.
 */
final class XlsxWorkbookSource implements WorkbookSource {

    private static final String TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    private final OPCPackage pkg;
    private final List<SheetRows> sheets;

    private XlsxWorkbookSource(OPCPackage pkg, List<SheetRows> sheets) {
        this.pkg = pkg;
        this.sheets = sheets;
    }

    static XlsxWorkbookSource open(Path file) throws IOException, InvalidFormatException, XMLStreamException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            PackagePart workbook = workbookPart(pkg);
            PackagePart stringsPart = related(workbook, "sharedStrings");
            SharedStrings strings = stringsPart == null ? SharedStrings.NONE : readStrings(stringsPart);
            PackagePart stylesPart = related(workbook, "styles");
            CellStyles styles = stylesPart == null ? CellStyles.NONE : readStyles(stylesPart);
            List<SheetRows> sheets = new ArrayList<>();
            WorkbookPart parsed = parseWorkbook(workbook);
            for (String[] sheet : parsed.sheets()) {
                PackageRelationship rel = workbook.getRelationship(sheet[1]);
                if (rel == null) {
                    throw new InvalidFormatException("no part for sheet " + sheet[0]);
                }
                sheets.add(new XlsxSheetRows(sheet[0], workbook.getRelatedPart(rel), strings, styles,
                        parsed.date1904()));
            }
            return new XlsxWorkbookSource(pkg, sheets);
        } catch (IOException | InvalidFormatException | XMLStreamException | RuntimeException | Error e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<SheetRows> sheets() {
        return sheets;
    }

    @Override
    public void close() {
        // read-only: nothing to save
        pkg.revert();
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
        for (String type : List.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
            if (rels.size() > 0) {
                PackagePart part = pkg.getPart(rels.getRelationship(0));
                if (part != null) {
                    return part;
                }
            }
        }
        throw new InvalidFormatException("no workbook part");
    }

    private static PackagePart related(PackagePart workbook, String kind) throws InvalidFormatException {
        for (String base : List.of(TRANSITIONAL, STRICT)) {
            PackageRelationshipCollection rels = workbook.getRelationshipsByType(base + kind);
            if (rels.size() > 0) {
                return workbook.getRelatedPart(rels.getRelationship(0));
            }
        }
        return null;
    }

    private static SharedStrings readStrings(PackagePart part) throws IOException, XMLStreamException {
        try (InputStream in = part.getInputStream()) {
            return SharedStrings.read(in);
        }
    }

    private static CellStyles readStyles(PackagePart part) throws IOException, XMLStreamException {
        try (InputStream in = part.getInputStream()) {
            return CellStyles.read(in);
        }
    }

    /** The workbook part: its sheets as {name, relationship id} in tab order, and its date system. */
    private record WorkbookPart(List<String[]> sheets, boolean date1904) {
    }

    private static WorkbookPart parseWorkbook(PackagePart workbook) throws IOException, XMLStreamException {
        try (InputStream in = workbook.getInputStream()) {
            XMLStreamReader xml = SecureXml.reader(in);
            try {
                List<String[]> sheets = new ArrayList<>();
                boolean date1904 = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    SecureXml.refuseDtd(event);
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (name.equals("workbookPr")) {
                        String d = xml.getAttributeValue(null, "date1904");
                        date1904 = d != null && (d.strip().equals("1") || d.strip().equalsIgnoreCase("true"));
                    } else if (name.equals("sheet")) {
                        String sheetName = xml.getAttributeValue(null, "name");
                        String id = relationshipId(xml);
                        if (sheetName != null && id != null) {
                            sheets.add(new String[] {sheetName, id});
                        }
                    }
                }
                return new WorkbookPart(sheets, date1904);
            } finally {
                xml.close();
            }
        }
    }

    /** @return the sheet's {@code r:id}: the attribute named id in a relationships namespace */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
