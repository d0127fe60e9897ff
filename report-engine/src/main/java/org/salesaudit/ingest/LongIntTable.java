package org.salesaudit.ingest;

/**
 * An open-addressing map from 64-bit keys to non-negative ints, in one primitive array where each key sits
 * beside its value: a lookup in a table of a million entries costs one cache miss, not one per array, and
 * about 16 bytes per slot where a {@code HashMap<Long, Integer>} needs five times that per entry. Used to find
 * records with equal digests among a million rows.
 */
final class LongIntTable {

    private static final int EMPTY = -1;

    /** Slot {@code i} is {@code slots[2i]} (the key) and {@code slots[2i + 1]} (the value plus one; 0 when free). */
    private long[] slots;
    private int mask;
    private int size;

    LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[capacity * 2];
        mask = capacity - 1;
    }

    /** @return the value already stored for {@code key}, or -1 after storing {@code value} for it */
    int putIfAbsent(long key, int value) {
        if ((size + 1) * 2 > mask + 1) {
            grow();
        }
        long[] s = slots;
        int i = (int) mix(key) & mask;
        while (true) {
            long stored = s[2 * i + 1];
            if (stored == 0) {
                break;
            }
            if (s[2 * i] == key) {
                return (int) (stored - 1);
            }
            i = (i + 1) & mask;
        }
        s[2 * i] = key;
        s[2 * i + 1] = value + 1L;
        size++;
        return EMPTY;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = old.length - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                putIfAbsent(old[i], (int) (old[i + 1] - 1));
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
