package org.salesaudit.render.template;

import com.ibm.icu.text.Bidi;

/**
 * Keeps left-to-right values readable inside right-to-left documents. A value such as
 * {@code "١٬٢٣٤٫٥٠ US$"}, {@code "acme.xlsx, sheet Deals, cell I57 (Amount)"} or a name from the
 * workbook would otherwise have its leading and trailing neutral characters ($, parentheses, =)
 * pulled to the wrong side by the paragraph's right-to-left direction. The template lays such text
 * out in a left-to-right box ({@code class="ltr"}). Invisible marks (U+200E) are no alternative:
 * the PDF fonts draw them as visible glyphs.
 */
final class BidiText {

    private BidiText() {
    }

    /** @return whether {@code text} needs a left-to-right box in a document of the given direction */
    static boolean needsLeftToRight(String text, boolean rightToLeftDocument) {
        return rightToLeftDocument && !text.isEmpty() && Bidi.getBaseDirection(text) == Bidi.LTR;
    }
}
