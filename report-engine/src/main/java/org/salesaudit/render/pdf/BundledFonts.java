package org.salesaudit.render.pdf;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The TrueType fonts of the templates jar, registered as streams (registering by file makes SVG text
 * 1 pt). The CSS names the families in the order of {@link #FONTS}.
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

    private BundledFonts() {
    }

    /** Registers every font, embedded as a subset; each is read only if the document uses it. */
    static void register(PdfRendererBuilder builder) {
        for (Font font : FONTS) {
            builder.useFont(() -> open(font.file()), font.family(), font.weight(), FontStyle.NORMAL, true);
        }
    }

    static InputStream open(String file) {
        InputStream in = BundledFonts.class.getResourceAsStream(FONT_PATH + file);
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException(
                    "bundled font " + FONT_PATH + file + " is missing from the templates jar"));
        }
        return in;
    }
}
