package org.salesaudit.commission.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private static List<BigDecimal> d(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void aHundredInThreeEqualPartsGivesTheCentToTheFirst() {
        assertEquals(d("33.34", "33.33", "33.33"), LargestRemainder.allocate(new BigDecimal("100.00"), d("1", "1", "1"), 2));
    }

    @Test
    void negativeAmountsAreSplitLikePositiveOnes() {
        assertEquals(d("-33.34", "-33.33", "-33.33"),
                LargestRemainder.allocate(new BigDecimal("-100.00"), d("1", "1", "1"), 2));
    }

    @Test
    void largestRemainderWinsOverOrder() {
        // 10.00 × 0.25 = 2.5 → 2 (r .5); × 0.75 = 7.5 → 7 (r .5): tie → first. With 0.2/0.8: 2 and 8 exact.
        assertEquals(d("3", "7"), LargestRemainder.allocate(new BigDecimal("10"), d("0.25", "0.75"), 0));
        assertEquals(d("1", "2"), LargestRemainder.allocate(new BigDecimal("3"), d("0.4", "0.6"), 0));
    }
}
