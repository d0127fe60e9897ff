package org.salesaudit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;

/**
 * Makes the PDF depend on its content only. openhtmltopdf stamps the clock into the document
 * information, the XMP packet (written for PDF/A and PDF/UA) and, through PDFBox, the trailer ID.
 * Just before the document is saved this listener sets both dates to the report's as-of date at
 * 00:00 UTC, in the information dictionary and in the XMP packet alike (PDF/A wants them equal), and
 * sets the trailer ID to a hash of the XHTML the PDF was made from.
 */
final class ReproducibleMetadata implements PDFCreationListener {

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Calendar date;
    private final String xmpDate;
    private final byte[] id;

    ReproducibleMetadata(LocalDate asOf, String xhtml) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.clear();
        calendar.setTimeInMillis(asOf.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        this.date = calendar;
        this.xmpDate = XMP_DATE.format(asOf.atStartOfDay().atOffset(ZoneOffset.UTC));
        this.id = Arrays.copyOf(sha256(xhtml), 16);
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {
        // nothing to do before the document is opened
    }

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        // openhtmltopdf replaces the information dictionary after this call; see onClose
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        PDDocument document = renderer.getPdfDocument();
        if (document == null) {
            return;
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try {
                metadata.importXMPMetadata(pinDates(read(metadata)).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot rewrite the XMP metadata of the PDF", e);
            }
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    /** Sets xmp:CreateDate and xmp:ModifyDate (adding it next to CreateDate if absent). */
    String pinDates(String xmp) {
        String stamp = xmpDate;
        String pinned = replaceValue(xmp, "xmp:CreateDate", stamp);
        if (pinned.contains("xmp:ModifyDate")) {
            return replaceValue(pinned, "xmp:ModifyDate", stamp);
        }
        int end = pinned.indexOf("</xmp:CreateDate>");
        if (end >= 0) {
            end += "</xmp:CreateDate>".length();
            return pinned.substring(0, end) + "<xmp:ModifyDate>" + stamp + "</xmp:ModifyDate>" + pinned.substring(end);
        }
        int attribute = pinned.indexOf("xmp:CreateDate=\"");
        if (attribute >= 0) {
            return pinned.substring(0, attribute) + "xmp:ModifyDate=\"" + stamp + "\" " + pinned.substring(attribute);
        }
        return pinned;
    }

    /** Replaces the value of {@code name} whether written as an element or as an attribute. */
    private static String replaceValue(String xmp, String name, String value) {
        String q = java.util.regex.Pattern.quote(name);
        String v = java.util.regex.Matcher.quoteReplacement(value);
        return xmp.replaceAll("(<" + q + ">)[^<]*(</" + q + ">)", "$1" + v + "$2")
                .replaceAll("(\\s" + q + "=\")[^\"]*(\")", "$1" + v + "$2");
    }

    private static String read(PDMetadata metadata) throws IOException {
        try (InputStream in = metadata.exportXMPMetadata()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
