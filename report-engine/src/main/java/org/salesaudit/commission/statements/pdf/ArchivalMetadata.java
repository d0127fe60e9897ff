package org.salesaudit.commission.statements.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * What makes a tagged PDF a PDF/A-3a and PDF/UA-1 document besides its content: the XMP packet
 * (pdfaid, pdfuaid with its extension schema, title, producer, dates), the same entries in the
 * document information, the sRGB output intent, the language, "marked" and "display the title",
 * and a document ID. Dates are the statement's date at 00:00 UTC and the ID is given, so the same
 * statement always gives the same bytes.
 */
final class ArchivalMetadata {

    /** The sRGB profile of the output intent, compressed once for every document. */
    private static final byte[] SRGB_DEFLATED = deflate(
            java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());

    private ArchivalMetadata() {
    }

    static void apply(PDDocument document, String language, String title, String subject, String producer,
            LocalDate date, byte[] id) throws IOException {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.clear();
        calendar.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setProducer(producer);
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setItem(COSName.getPDFName("Marked"), COSBoolean.TRUE);
        catalog.getCOSObject().setItem(COSName.MARK_INFO, markInfo);
        COSDictionary viewer = new COSDictionary();
        viewer.setItem(COSName.DISPLAY_DOC_TITLE, COSBoolean.TRUE);
        catalog.getCOSObject().setItem(COSName.VIEWER_PREFERENCES, viewer);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, subject, producer, date).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        COSStream profile = document.getDocument().createCOSStream();
        try (OutputStream out = profile.createRawOutputStream()) {
            out.write(SRGB_DEFLATED);
        }
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, 3);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
        intent.setString(COSName.getPDFName("OutputConditionIdentifier"), "sRGB IEC61966-2.1");
        intent.setString(COSName.getPDFName("OutputCondition"), "sRGB IEC61966-2.1");
        intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
        intent.setString(COSName.getPDFName("RegistryName"), "http://www.color.org");
        intent.setItem(COSName.getPDFName("DestOutputProfile"), profile);
        COSArray intents = new COSArray();
        intents.add(intent);
        catalog.getCOSObject().setItem(COSName.OUTPUT_INTENTS, intents);

        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static String xmp(String title, String subject, String producer, LocalDate date) {
        String stamp = date + "T00:00:00Z";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + escape(producer) + "</pdf:Producer>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreateDate>" + stamp + "</xmp:CreateDate>\n<xmp:ModifyDate>" + stamp + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n</rdf:Description>\n"
                + EXTENSION_SCHEMA
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    /** PDF/A allows the pdfuaid schema only when the packet describes it. */
    private static final String EXTENSION_SCHEMA = "<rdf:Description rdf:about=\"\""
            + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
            + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
            + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
            + "<pdfaProperty:name>part</pdfaProperty:name>\n"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
            + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
            + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
            + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
            + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";

    private static byte[] deflate(byte[] data) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
        try (java.util.zip.DeflaterOutputStream deflater = new java.util.zip.DeflaterOutputStream(out)) {
            deflater.write(data);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
