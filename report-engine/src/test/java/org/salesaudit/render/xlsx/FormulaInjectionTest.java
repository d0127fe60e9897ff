package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormulaInjectionTest {

    @Test
    void textStartingLikeAFormulaNeedsAQuotePrefix() {
        for (String text : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\uFF1D1+1", "\uFF20A"}) {
            assertTrue(FormulaInjection.needsQuotePrefix(text), text);
        }
    }

    @Test
    void otherTextDoesNot() {
        for (String text : new String[] {"", "Acme", " =1+1", "1-1", "a@b.c"}) {
            assertFalse(FormulaInjection.needsQuotePrefix(text), text);
        }
    }
}
