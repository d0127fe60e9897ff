package org.salesaudit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RocAucTest {

    /**
     * Positives 12, 15, 9, 20, 15; negatives 3, 9, 7, 15, 1, 4. Pairs by hand: 26.5 of 30 won (ties
     * half), AUC 0.883333. Hanley–McNeil standard error and interval, and the Mann–Whitney normal
     * approximation p = 2·Φ(−|U − n₁n₂/2| / sqrt(n₁n₂(n₁+n₂+1)/12)), from a Python 3 standard-library
     * script: SE 0.1136959, interval 0.6604935 to 1 (clipped), p 0.0357638.
     */
    @Test
    void areaFromRanksWithHanleyMcNeilInterval() {
        RocAuc auc = RocAuc.of(new double[] {12, 15, 9, 20, 15}, new double[] {3, 9, 7, 15, 1, 4});
        assertEquals(0.8833333333, auc.auc(), 1e-9);
        assertEquals(0.1136959, auc.stdError(), 1e-6);
        assertEquals(0.6604935, auc.low(), 1e-6);
        assertEquals(1.0, auc.high(), 0);
        assertEquals(0.0357638, auc.pValue(), 1e-6);
    }

    /**
     * Hanley and McNeil (1982) equation 2 for an area of 0.893 with 51 positives and 58 negatives, from
     * the same Python script: Q1 = A / (2 − A), Q2 = 2A² / (1 + A), SE = 0.0325116.
     */
    @Test
    void standardErrorFollowsHanleyMcNeil() {
        assertEquals(0.0325116, RocAuc.hanleyMcNeil(0.893, 51, 58), 1e-7);
    }

    @Test
    void aScoreThatDoesNotSeparateIsOneHalf() {
        RocAuc auc = RocAuc.of(new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertEquals(0.5, auc.auc(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> RocAuc.of(new double[0], new double[] {1}));
    }
}
