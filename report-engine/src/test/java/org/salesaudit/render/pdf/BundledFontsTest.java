package org.salesaudit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BundledFontsTest {

    private static final String KOREAN = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ko\"><head><title>t</title>"
            + "<style>body { font-family: \"Noto Sans\", \"Noto Naskh Arabic\", \"NanumGothic\"; }</style></head>"
            + "<body><p>수수료 명세서 Statement 1,234.50</p></body></html>";

    @Test
    void aThreadParsesEachFontOnce() throws Exception {
        TrueTypeFont first = BundledFonts.parsed("NanumGothic.ttf");
        assertSame(first, BundledFonts.parsed("NanumGothic.ttf"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<TrueTypeFont> elsewhere = other.submit(() -> BundledFonts.parsed("NanumGothic.ttf"));
            // FontBox fonts are not thread-safe: another thread gets its own parse of the same file.
            assertNotSame(first, elsewhere.get());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void documentsSharingParsedFontsAreIdenticalAndComplete() throws IOException {
        byte[] first = write();
        byte[] second = write();
        assertArrayEquals(first, second);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("수수료 명세서"), text);
            assertTrue(text.contains("1,234.50"), text);
        }
    }

    private static byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XhtmlPdfWriter.write(KOREAN, Locale.KOREAN, "salesaudit test", LocalDate.of(2026, 10, 31), "t.pdf", out);
        return out.toByteArray();
    }
}
