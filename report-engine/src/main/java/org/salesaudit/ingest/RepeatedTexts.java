package org.salesaudit.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Decodes the texts of a sheet part's cells, decoding a text that a column repeats (a stage, a product, a
 * currency, an account) only the first time and handing out the same String again after that: no decoding,
 * no new String, and the records that keep the text share one instance. Each column has a small table of
 * its recent texts, indexed by a hash of the bytes; a column whose texts hardly repeat (ids) stops being
 * looked up after its first {@value #TRIAL} texts. Only plain ASCII texts are kept (no references, no line
 * ends to normalise): anything else is decoded as {@link SheetPartReader#decode} does every time.
 */
final class RepeatedTexts {

    /** Columns with a table; texts of columns further right are always decoded. */
    static final int COLUMNS = 64;

    /** Texts a column is looked up for before a column with few repeats is left alone. */
    static final int TRIAL = 4096;

    /** Longer texts are always decoded (comparing them costs as much as decoding them). */
    static final int MAX_LENGTH = 48;

    private static final int SLOT_BITS = 12;

    private final String[][] tables = new String[COLUMNS][];
    private final int[] lookups = new int[COLUMNS];
    private final int[] hits = new int[COLUMNS];

    /** @return the text of {@code len} UTF-8 bytes of cell content at {@code off}, decoded as the part holds it */
    String text(int column, byte[] bytes, int off, int len) throws SheetPartReader.RefusedXmlException {
        if (column < 0 || column >= COLUMNS || len > MAX_LENGTH || lookups[column] < 0) {
            return SheetPartReader.decode(bytes, off, len);
        }
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) {
            byte b = bytes[i];
            if (b < 0x20 || b == '&') {
                // not ASCII (UTF-8 bytes are negative), a reference, or a line end or tab: the general way
                return SheetPartReader.decode(bytes, off, len);
            }
            h = 31 * h + b;
        }
        String[] table = tables[column];
        if (table == null) {
            table = new String[1 << SLOT_BITS];
            tables[column] = table;
        }
        if (lookups[column] < TRIAL && ++lookups[column] == TRIAL && hits[column] < TRIAL / 4) {
            lookups[column] = -1;
            tables[column] = null;
            return new String(bytes, off, len, StandardCharsets.ISO_8859_1);
        }
        int slot = (h * 0x9E3779B9) >>> (32 - SLOT_BITS);
        String known = table[slot];
        if (known != null && sameText(known, bytes, off, len)) {
            hits[column]++;
            return known;
        }
        String text = new String(bytes, off, len, StandardCharsets.ISO_8859_1);
        table[slot] = text;
        return text;
    }

    private static boolean sameText(String known, byte[] bytes, int off, int len) {
        if (known.length() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (known.charAt(k) != bytes[off + k]) {
                return false;
            }
        }
        return true;
    }
}
