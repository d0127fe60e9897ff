package org.salesaudit.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.Locale;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.bidi.support.ICUTransformers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.salesaudit.render.template.ReportDocument;

/** How every report PDF is made: one fresh, fully configured openhtmltopdf builder per document. */
final class PdfSettings {

    static final float A4_WIDTH_MM = 210f;
    static final float A4_HEIGHT_MM = 297f;

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfSettings() {
    }

    /**
     * @param document the empty document to lay out into; the caller closes it after rendering, on the
     *                 same thread (the bundled fonts are parsed once per thread)
     */
    static PdfRendererBuilder builder(Locale locale, String producer, PDDocument document) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(document);
        builder.useFastMode();
        builder.useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM);
        builder.withProducer(producer);

        // Archival and accessible: tagged PDF/A-3a + PDF/UA-1 with an sRGB output intent.
        builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB.clone());

        BundledFonts.register(builder, document);

        // Unicode text: ICU bidi, Arabic shaping, line and character breaking, case transforms.
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
        builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale));
        builder.useUnicodeToUpperTransformer(new ICUTransformers.ICUToUpperTransformer(locale));
        builder.useUnicodeToLowerTransformer(new ICUTransformers.ICUToLowerTransformer(locale));
        builder.useUnicodeToTitleTransformer(new ICUTransformers.ICUToTitleTransformer(locale));
        builder.defaultTextDirection(ReportDocument.isRightToLeft(locale) ? TextDirection.RTL : TextDirection.LTR);

        // Inline SVG charts, without scripts or external references.
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));

        // Nothing is fetched: no file:, http: or jar: URL in a document can reach the renderer.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        return builder;
    }
}
