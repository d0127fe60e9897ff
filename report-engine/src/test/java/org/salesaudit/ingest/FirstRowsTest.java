package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FirstRowsTest {

    /** Feeds {@code ids} in order and checks every answer against a map of first indexes. */
    private static void check(List<String> ids) {
        FirstRows rows = new FirstRows();
        Map<String, Integer> first = new HashMap<>();
        int kept = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Integer expected = first.get(id);
            int found = rows.firstOrAdd(id, i + 2, id.hashCode() * 31L + i);
            if (expected == null) {
                assertEquals(-1, found, id);
                first.put(id, kept++);
            } else {
                assertEquals((int) expected, found, id);
                assertEquals(expected + 2, rows.row(found) - countSkippedBefore(ids, found), id);
            }
        }
    }

    /** @return how many repeated ids came before the {@code index}-th first id (their rows were not recorded) */
    private static int countSkippedBefore(List<String> ids, int index) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        int firsts = 0;
        int skipped = 0;
        for (String id : ids) {
            if (seen.add(id)) {
                if (firsts++ == index) {
                    return skipped;
                }
            } else {
                skipped++;
            }
        }
        throw new AssertionError();
    }

    @Test
    void findsRepeatsInAscendingIdsThatBreakTheirOrderLate() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            ids.add(String.format("D-%07d", i));
        }
        ids.add("D-0000017");
        ids.add("D-0009999");
        ids.add("D-0009999");
        ids.add("D-0000001");
        check(ids);
    }

    @Test
    void findsRepeatsInShuffledIdsAndEqualNeighbours() {
        Random random = new Random(3);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add("L-" + random.nextInt(3000));
        }
        check(ids);
        List<String> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        check(sorted);
    }

    @Test
    void tellsTheRowAndFingerprintOfTheFirstUse() {
        FirstRows rows = new FirstRows();
        assertEquals(-1, rows.firstOrAdd("A", 2, 11));
        assertEquals(-1, rows.firstOrAdd("B", 3, 12));
        assertEquals(0, rows.firstOrAdd("A", 4, 13));
        assertEquals(2, rows.row(0));
        assertEquals(11, rows.fingerprint(0));
        assertEquals(-1, rows.firstOrAdd("C", 5, 14));
        assertEquals(1, rows.firstOrAdd("B", 6, 15));
        assertEquals(5, rows.row(2));
    }
}
