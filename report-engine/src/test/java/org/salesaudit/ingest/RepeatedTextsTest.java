package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RepeatedTextsTest {

    private static String read(RepeatedTexts texts, int column, String xmlText) throws Exception {
        byte[] bytes = ("<t>" + xmlText + "</t>").getBytes(StandardCharsets.UTF_8);
        return texts.text(column, bytes, 3, bytes.length - 7);
    }

    @Test
    void aRepeatedTextOfAColumnIsTheSameInstance() throws Exception {
        RepeatedTexts texts = new RepeatedTexts();
        String first = read(texts, 2, "Closed Won");
        assertEquals("Closed Won", first);
        assertSame(first, read(texts, 2, "Closed Won"));
        assertEquals("Closed Lost", read(texts, 2, "Closed Lost"));
        assertSame(first, read(texts, 2, "Closed Won"));
    }

    @Test
    void textsThatNeedDecodingAreDecodedAsTheGeneralPathDoes() throws Exception {
        RepeatedTexts texts = new RepeatedTexts();
        for (String xml : new String[] {"A &amp; B", "Zażółć", "line\r\nend", "tab\there", "&#x41;", "  padded  ", ""}) {
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            String expected = SheetPartReader.decode(bytes, 0, bytes.length);
            assertEquals(expected, read(texts, 0, xml), xml);
            assertEquals(expected, read(texts, 0, xml), xml);
        }
    }

    @Test
    void aColumnOfDistinctTextsIsNoLongerLookedUpAfterItsTrial() throws Exception {
        RepeatedTexts texts = new RepeatedTexts();
        for (int i = 0; i < RepeatedTexts.TRIAL + 10; i++) {
            assertEquals("D-" + i, read(texts, 0, "D-" + i));
        }
        // ids never repeat: the column's table is dropped, so a repeated text is now a new instance
        String once = read(texts, 0, "Repeated");
        assertEquals("Repeated", once);
        assertNotSame(once, read(texts, 0, "Repeated"));
        // another column keeps its table
        String stage = read(texts, 1, "Open");
        assertSame(stage, read(texts, 1, "Open"));
    }

    @Test
    void farColumnsAndLongTextsAreDecodedEveryTime() throws Exception {
        RepeatedTexts texts = new RepeatedTexts();
        String far = read(texts, RepeatedTexts.COLUMNS, "Open");
        assertEquals("Open", far);
        assertNotSame(far, read(texts, RepeatedTexts.COLUMNS, "Open"));
        String longText = "x".repeat(RepeatedTexts.MAX_LENGTH + 1);
        String first = read(texts, 0, longText);
        assertEquals(longText, first);
        assertNotSame(first, read(texts, 0, longText));
    }
}
