package org.salesaudit.render.xlsx;

/**
 * Recognises text that a spreadsheet would turn into a formula when the user edits the cell: text
 * starting with {@code = + - @} (and their full-width forms, which East Asian input methods produce).
 * Such text is written as a string cell with a quote-prefixed style.
 */
final class FormulaInjection {

    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private FormulaInjection() {
    }

    /** @return whether {@code text} must be quote-prefixed to stay text */
    static boolean needsQuotePrefix(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }
}
