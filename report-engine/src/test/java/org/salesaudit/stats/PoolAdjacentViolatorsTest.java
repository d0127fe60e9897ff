package org.salesaudit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PoolAdjacentViolatorsTest {

    @Test
    void increasingValuesStayAsTheyAre() {
        double[] v = {0.1, 0.2, 0.2, 0.5};
        assertArrayEquals(v, PoolAdjacentViolators.fit(v, new double[] {1, 1, 1, 1}), 1e-12);
        assertArrayEquals(new int[] {0, 1, 2, 3}, PoolAdjacentViolators.blocks(v, new double[] {1, 1, 1, 1}));
    }

    /** 0.30 (weight 10) then 0.20 (weight 30): pooled to (3 + 6) / 40 = 0.225. */
    @Test
    void aDipIsPooledIntoTheWeightedMean() {
        double[] fitted = PoolAdjacentViolators.fit(new double[] {0.1, 0.3, 0.2, 0.6}, new double[] {50, 10, 30, 5});
        assertArrayEquals(new double[] {0.1, 0.225, 0.225, 0.6}, fitted, 1e-12);
    }

    /**
     * The equal-weight textbook example 1, 3, 2, 4, 3.5 → 1, 2.5, 2.5, 3.75, 3.75; and pooling that must
     * cascade backwards over blocks already pooled.
     */
    @Test
    void poolingCascadesBackwards() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 3.75, 3.75},
                PoolAdjacentViolators.fit(new double[] {1, 3, 2, 4, 3.5}, new double[] {1, 1, 1, 1, 1}), 1e-12);
        // 1, 3, 2, 0 with weights 1, 1, 1, 2: (3 + 2 + 0) / 4 = 1.25 ≥ 1, one block after the first
        assertArrayEquals(new double[] {1, 1.25, 1.25, 1.25},
                PoolAdjacentViolators.fit(new double[] {1, 3, 2, 0}, new double[] {1, 1, 1, 2}), 1e-12);
        // 2, 3, 0 equal weights: 3, 0 → 1.5 < 2, so everything pools: 5 / 3
        assertArrayEquals(new double[] {5.0 / 3, 5.0 / 3, 5.0 / 3},
                PoolAdjacentViolators.fit(new double[] {2, 3, 0}, new double[] {1, 1, 1}), 1e-12);
        assertArrayEquals(new int[] {0, 0, 0}, PoolAdjacentViolators.blocks(new double[] {2, 3, 0},
                new double[] {1, 1, 1}));
    }

    @Test
    void weightsMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> PoolAdjacentViolators.blocks(new double[] {1, 2}, new double[] {1, 0}));
    }
}
