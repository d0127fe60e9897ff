package org.salesaudit.render.pdf;

import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The bundled TrueType fonts for writers that place text themselves (the fixed-layout statements):
 * each font parsed once per thread, the same parsed fonts the report renderer embeds from. FontBox
 * fonts are not thread-safe: use a font only on the thread that asked for it.
 */
public final class ThreadFonts {

    public static final String NOTO_SANS = "NotoSans-Regular.ttf";
    public static final String NOTO_SANS_BOLD = "NotoSans-Bold.ttf";
    public static final String NOTO_NASKH_ARABIC = "NotoNaskhArabic-Regular.ttf";
    public static final String NOTO_NASKH_ARABIC_BOLD = "NotoNaskhArabic-Bold.ttf";
    public static final String NANUM_GOTHIC = "NanumGothic.ttf";
    public static final String NANUM_GOTHIC_BOLD = "NanumGothicBold.ttf";

    private ThreadFonts() {
    }

    /** @return the font file of the templates jar, parsed once by the calling thread */
    public static TrueTypeFont parsed(String file) throws IOException {
        return BundledFonts.parsed(file);
    }
}
