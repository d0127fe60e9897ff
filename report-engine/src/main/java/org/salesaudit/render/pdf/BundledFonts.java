package org.salesaudit.render.pdf;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts of the templates jar, shared between documents. Each font is read and parsed
 * once per rendering thread, when a document first needs it (FontBox's parsed fonts are not
 * thread-safe, and a {@link PDFont} belongs to one document); every later document of the thread
 * embeds a subset of the same parsed font. Memory for fonts is therefore bounded by the number of
 * rendering threads (about 20 MiB per thread once the Korean fonts are used), not by documents.
 * Without this, every PDF re-read and re-parsed the fonts it used (several MiB for the Korean ones).
 * The CSS names the families in the order of {@link #FONTS}.
 */
final class BundledFonts {

    static final String FONT_PATH = "/org/salesaudit/templates/fonts/";

    record Font(String file, String family, int weight) {
    }

    static final List<Font> FONTS = List.of(
            new Font("NotoSans-Regular.ttf", "Noto Sans", 400),
            new Font("NotoSans-Bold.ttf", "Noto Sans", 700),
            new Font("NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400),
            new Font("NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700),
            new Font("NanumGothic.ttf", "NanumGothic", 400),
            new Font("NanumGothicBold.ttf", "NanumGothic", 700));

    /** The fonts parsed by the current thread, kept for its next documents. */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private BundledFonts() {
    }

    /**
     * Registers every font for {@code document}, embedded as a subset; a font is loaded into the
     * document only when the layout first needs one of its glyphs. The document must be laid out and
     * saved on the calling thread.
     */
    static void register(PdfRendererBuilder builder, PDDocument document) {
        for (Font font : FONTS) {
            builder.useFont(new DocumentFont(document, font.file()), font.family(), font.weight(), FontStyle.NORMAL,
                    true);
        }
    }

    /** @return the font parsed once by this thread */
    static TrueTypeFont parsed(String file) throws IOException {
        Map<String, TrueTypeFont> fonts = PARSED.get();
        TrueTypeFont font = fonts.get(file);
        if (font == null) {
            try (InputStream in = open(file)) {
                // the parsed font keeps its own copy of the file: nothing else is kept
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
            fonts.put(file, font);
        }
        return font;
    }

    static InputStream open(String file) {
        InputStream in = BundledFonts.class.getResourceAsStream(FONT_PATH + file);
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException(
                    "bundled font " + FONT_PATH + file + " is missing from the templates jar"));
        }
        return in;
    }

    /** A bundled font for one document, loaded into it on first use from this thread's parsed font. */
    private static final class DocumentFont extends PDFontSupplier {

        private final PDDocument document;
        private final String file;
        private PDFont font;

        DocumentFont(PDDocument document, String file) {
            super(null);
            this.document = document;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    // Not closed with the document: the parsed font is kept for the thread's next documents.
                    font = PDType0Font.load(document, parsed(file), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("bundled font " + file + " cannot be read: " + e.getMessage(), e);
                }
            }
            return font;
        }
    }
}
