package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Positions ordered by day equal a stable sort, whether the days are counted, packed or compared. */
class DayOrderTest {

    @ParameterizedTest
    @ValueSource(longs = {10, 1_000, 1_000_000, 1L << 40, Long.MAX_VALUE / 2})
    void ordersPositionsByDayThenPosition(long spread) {
        Random random = new Random(spread);
        for (int round = 0; round < 20; round++) {
            int n = random.nextInt(500);
            long[] days = new long[n + 10];
            for (int i = 0; i < days.length; i++) {
                days[i] = (long) (random.nextDouble() * spread) - spread / 3;
            }
            int[] positions = IntStream.range(0, days.length).filter(i -> random.nextInt(4) > 0).toArray();
            int[] expected = Arrays.stream(positions).boxed()
                    .sorted(Comparator.comparingLong((Integer p) -> days[p]).thenComparingInt(p -> p))
                    .mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, DayOrder.sort(days, positions));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {-5, 0, 3, 7, 100})
    void countsTheDaysUpToADay(long day) {
        long[] sorted = {0, 1, 3, 3, 3, 7, 9};
        assertEquals(Arrays.stream(sorted).filter(d -> d <= day).count(), DayOrder.countAtMost(sorted, day));
    }
}
