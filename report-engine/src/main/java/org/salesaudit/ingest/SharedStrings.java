package org.salesaudit.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings of a workbook ({@code xl/sharedStrings.xml}): each entry's text, rich text runs joined
 * and phonetic guides left out, as Excel shows it. Memory grows with the number of distinct texts.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings(List.of());

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = SecureXml.reader(in);
        try {
            List<String> strings = new ArrayList<>();
            StringBuilder text = null;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                SecureXml.refuseDtd(event);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("si")) {
                        text = new StringBuilder();
                    } else if (name.equals("rPh")) {
                        phonetic++;
                    } else if (name.equals("t") && text != null && phonetic == 0) {
                        text.append(xml.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("si") && text != null) {
                        strings.add(text.toString().strip());
                        text = null;
                    } else if (name.equals("rPh")) {
                        phonetic--;
                    }
                }
            }
            return new SharedStrings(strings);
        } finally {
            xml.close();
        }
    }

    int size() {
        return strings.size();
    }

    /** @return the text of entry {@code index}, already stripped of surrounding white space */
    String get(int index) {
        return strings.get(index);
    }
}
