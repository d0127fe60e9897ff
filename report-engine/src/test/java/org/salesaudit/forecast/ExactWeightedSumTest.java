package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Summing per weight first gives the same BigDecimal, value and scale, as adding every product. */
class ExactWeightedSumTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void equalsTheSumOfEveryProduct(long seed) {
        Random random = new Random(seed);
        BigDecimal[] weights = {new BigDecimal("0.1"), new BigDecimal("0.25"), BigDecimal.valueOf(0.333333),
            new BigDecimal("1E+1"), BigDecimal.ZERO, new BigDecimal("0.0")};
        for (int round = 0; round < 50; round++) {
            ExactWeightedSum<Integer> grouped = new ExactWeightedSum<>();
            BigDecimal expected = BigDecimal.ZERO;
            for (int i = random.nextInt(200); i > 0; i--) {
                int key = random.nextInt(weights.length);
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(1_000_000) - 500_000, random.nextInt(6) - 2);
                grouped.add(key, amount);
                expected = expected.add(amount.multiply(weights[key]));
            }
            assertEquals(expected, grouped.sum(k -> weights[k]));
        }
    }
}
