package org.salesaudit.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the first row of every id in a sheet's id column, with a digest of that row, to tell a
 * repeated id from a repeated row. Compact (about 40 bytes per id besides the id text itself, which the
 * records keep anyway), since a Deals sheet can have a million ids.
 */
final class FirstRows {

    private final LongIntTable byDigest = new LongIntTable(1024);
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> digestCollisions = new HashMap<>();
    private int[] rows = new int[1024];
    private long[] fingerprints = new long[1024];

    /**
     * @return the index of the earlier row with {@code id}, or -1 after recording this row as its first
     */
    int firstOrAdd(String id, int row, long fingerprint) {
        int index = ids.size();
        int existing = byDigest.putIfAbsent(digest(id), index);
        if (existing >= 0) {
            if (ids.get(existing).equals(id)) {
                return existing;
            }
            Integer collided = digestCollisions.putIfAbsent(id, index);
            if (collided != null) {
                return collided;
            }
        }
        if (index == rows.length) {
            rows = Arrays.copyOf(rows, index * 2);
            fingerprints = Arrays.copyOf(fingerprints, index * 2);
        }
        ids.add(id);
        rows[index] = row;
        fingerprints[index] = fingerprint;
        return -1;
    }

    int row(int index) {
        return rows[index];
    }

    long fingerprint(int index) {
        return fingerprints[index];
    }

    private static long digest(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }
}
