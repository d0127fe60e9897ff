package org.salesaudit.render.template;

/** What the XHTML is made for: it differs only in what makes sense on paper or on a screen. */
public enum Medium {
    /**
     * Paged output (PDF): PDF bookmarks, running header and footer with page numbers, page numbers
     * in the table of contents.
     */
    PRINT,
    /** A self-contained web page: no paged-media elements, system font fallbacks. */
    SCREEN
}
