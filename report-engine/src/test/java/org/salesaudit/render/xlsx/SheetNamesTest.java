package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    /** POI's own check of Excel's rules, as an independent oracle; throws on an invalid name. */
    private static String valid(String name) {
        WorkbookUtil.validateSheetName(name);
        assertTrue(name.length() <= 31, name);
        return name;
    }

    @Test
    void replacesForbiddenCharacters() {
        assertEquals("Q1 2026  Plan  a b", valid(new SheetNames().allocate("Q1/2026: Plan [a*b]")));
        assertEquals("a b c d", valid(new SheetNames().allocate("a\\b?c\td")));
    }

    @Test
    void cutsTo31Characters() {
        String name = valid(new SheetNames().allocate("Pipeline by stage and owner for the whole year"));
        assertEquals("Pipeline by stage and owner for", name);
    }

    @Test
    void dropsApostrophesAtEitherEndAndNeverReturnsAnEmptyName() {
        assertEquals("Rep's deals", valid(new SheetNames().allocate("'Rep's deals'")));
        assertEquals("Sheet", valid(new SheetNames().allocate("  ")));
        assertEquals("Sheet", valid(new SheetNames().allocate("'''")));
    }

    @Test
    void makesNamesUniqueIgnoringCase() {
        SheetNames names = new SheetNames();
        assertEquals(List.of("Pipeline", "PIPELINE (2)", "pipeline (3)"),
                List.of(names.allocate("Pipeline"), names.allocate("PIPELINE"), names.allocate("pipeline")));
    }

    @Test
    void keepsTheSuffixWithin31Characters() {
        SheetNames names = new SheetNames();
        String title = "Attainment per rep and per quarter";
        assertEquals("Attainment per rep and per quar", valid(names.allocate(title)));
        assertEquals("Attainment per rep and per (2)", valid(names.allocate(title)));
    }

    @Test
    void historyIsReservedByExcel() {
        assertEquals("history (2)", valid(new SheetNames().allocate("history")));
    }

    @Test
    void doesNotSplitSurrogatePairs() {
        String title = "x".repeat(30) + "\uD83D\uDCC8"; // 30 letters and a chart emoji: 32 UTF-16 units
        assertEquals("x".repeat(30), valid(new SheetNames().allocate(title)));
    }
}
