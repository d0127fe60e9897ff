package org.salesaudit.ingest;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * StAX readers for the small parts of a workbook (workbook, styles, shared strings) that refuse any
 * document type declaration: no DTD, no entity expansion, no external entities.
 */
final class SecureXml {

    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private SecureXml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Throws on a DTD event: a DOCTYPE in a workbook part is refused, not skipped. */
    static void refuseDtd(int event) throws XMLStreamException {
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("DOCTYPE is not allowed in a workbook part (a document type declaration)");
        }
    }
}
