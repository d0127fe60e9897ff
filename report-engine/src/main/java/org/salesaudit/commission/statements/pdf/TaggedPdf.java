package org.salesaudit.commission.statements.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A tagged A4 PDF being written: its pages and their content, fonts and structure tree, saved as
 * PDF/A-3a and PDF/UA-1 with {@link ArchivalMetadata}. Use it on one thread (its fonts are that
 * thread's).
 */
final class TaggedPdf implements Closeable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument document = new PDDocument();
    private final PDResources resources = new PDResources();
    final DocumentFonts fonts = new DocumentFonts(document, resources);
    final StructureTree tree = new StructureTree();
    private final List<PDPage> pages = new ArrayList<>();
    private final List<PageCanvas> canvases = new ArrayList<>();

    PageCanvas newPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        page.setResources(resources);
        document.addPage(page);
        pages.add(page);
        PageCanvas canvas = new PageCanvas(canvases.size(), fonts);
        canvases.add(canvas);
        return canvas;
    }

    int pageCount() {
        return pages.size();
    }

    PageCanvas canvas(int index) {
        return canvases.get(index);
    }

    /** Tags the next marked content of {@code canvas} as part of {@code element} and opens it. */
    void beginTagged(PageCanvas canvas, org.apache.pdfbox.cos.COSDictionary element, String tag) {
        int mcid = canvas.nextMcid();
        tree.mark(element, canvas, pages.get(canvas.index), mcid);
        canvas.beginTagged(tag, mcid);
    }

    /** @return the document's bytes; the document ID is a hash of the pages' content */
    byte[] save(String language, String title, String subject, String producer, LocalDate date) throws IOException {
        MessageDigest digest = sha256();
        for (int i = 0; i < pages.size(); i++) {
            byte[] content = canvases.get(i).bytes();
            digest.update(content);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content);
            }
            pages.get(i).getCOSObject().setItem(COSName.CONTENTS, stream);
        }
        fonts.subset();
        document.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, tree.finish(pages));
        document.setVersion(1.7f);
        digest.update(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ArchivalMetadata.apply(document, language, title, subject, producer, date, Arrays.copyOf(digest.digest(), 16));
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
