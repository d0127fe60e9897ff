package org.salesaudit.ingest;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell formats of a workbook ({@code cellXfs} in {@code xl/styles.xml}, by index) show numbers as
 * dates, decided once per format with POI's {@link DateUtil#isADateFormat(int, String)}.
 */
final class CellStyles {

    static final CellStyles NONE = new CellStyles(new boolean[0]);

    private final boolean[] dateStyles;

    private CellStyles(boolean[] dateStyles) {
        this.dateStyles = dateStyles;
    }

    static CellStyles read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = SecureXml.reader(in);
        try {
            Map<Integer, String> formats = new HashMap<>();
            int[] xfFormats = new int[16];
            int xfCount = 0;
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                SecureXml.refuseDtd(event);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("numFmt")) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) {
                            formats.put(id, code);
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (name.equals("xf") && inCellXfs) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        if (xfCount == xfFormats.length) {
                            xfFormats = Arrays.copyOf(xfFormats, xfCount * 2);
                        }
                        xfFormats[xfCount++] = id == null ? 0 : id;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            boolean[] dates = new boolean[xfCount];
            for (int i = 0; i < xfCount; i++) {
                int id = xfFormats[i];
                String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
                dates[i] = DateUtil.isADateFormat(id, code);
            }
            return new CellStyles(dates);
        } finally {
            xml.close();
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return true when the cell format at {@code index} (a cell's {@code s} attribute) shows a date */
    boolean isDate(int index) {
        return index >= 0 && index < dateStyles.length && dateStyles[index];
    }
}
