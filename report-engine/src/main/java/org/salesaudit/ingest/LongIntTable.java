package org.salesaudit.ingest;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit keys to non-negative ints, in two primitive arrays: about 12 bytes
 * per entry, where a {@code HashMap<Long, Integer>} needs five times that. Used to find records with
 * equal digests among a million rows.
 */
final class LongIntTable {

    private static final int EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
    }

    /** @return the value already stored for {@code key}, or -1 after storing {@code value} for it */
    int putIfAbsent(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (values[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return EMPTY;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
