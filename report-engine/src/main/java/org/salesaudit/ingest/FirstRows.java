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
 *
 * <p>Ids often arrive in ascending order (an export sorted by id, or numbered as entered). While each id is
 * greater than the one before, it cannot repeat an earlier one and is only appended; the digest table is
 * filled, with every id so far, only once an id breaks that order.
 */
final class FirstRows {

    private LongIntTable byDigest;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> digestCollisions = new HashMap<>();
    private int[] rows = new int[1024];
    private long[] fingerprints = new long[1024];

    /**
     * @return the index of the earlier row with {@code id}, or -1 after recording this row as its first
     */
    int firstOrAdd(String id, int row, long fingerprint) {
        int index = ids.size();
        if (byDigest == null && (index == 0 || id.compareTo(ids.get(index - 1)) > 0)) {
            add(id, row, fingerprint);
            return -1;
        }
        if (byDigest == null) {
            byDigest = new LongIntTable(index * 2);
            for (int i = 0; i < index; i++) {
                firstWithDigest(ids.get(i), i);
            }
        }
        int first = firstWithDigest(id, index);
        if (first >= 0) {
            return first;
        }
        add(id, row, fingerprint);
        return -1;
    }

    /** @return the index of the earlier id equal to {@code id}, or -1 after noting {@code index} as its first */
    private int firstWithDigest(String id, int index) {
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
        return -1;
    }

    private void add(String id, int row, long fingerprint) {
        int index = ids.size();
        if (index == rows.length) {
            rows = Arrays.copyOf(rows, index * 2);
            fingerprints = Arrays.copyOf(fingerprints, index * 2);
        }
        ids.add(id);
        rows[index] = row;
        fingerprints[index] = fingerprint;
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
