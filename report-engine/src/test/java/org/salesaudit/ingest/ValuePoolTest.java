package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ValuePoolTest {

    @Test
    void numbersConvertAsNumberTextDoesAndRepeatedOnesAreShared() {
        ValuePool pool = new ValuePool();
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> 0.1 + 0.2 * random.nextInt(4);
                case 1 -> random.nextInt(5000) / 100.0;
                case 2 -> -random.nextDouble() * 1e6;
                default -> random.nextBoolean() ? 0.0 : -0.0;
            };
            assertEquals(NumberText.decimal(v), pool.decimal(v), () -> "decimal " + v);
            assertEquals(NumberText.plain(v), pool.plain(v), () -> "plain " + v);
        }
        assertSame(pool.decimal(0.30000000000000004), pool.decimal(0.30000000000000004));
        assertSame(pool.plain(0.30000000000000004), pool.plain(0.30000000000000004));
        assertEquals("0.30000000000000004", pool.plain(0.30000000000000004));
    }

    @Test
    void equalValuesAreSharedAndTheFirstOneIsKept() {
        ValuePool pool = new ValuePool();
        String first = new String("EMEA");
        assertSame(first, pool.share(first));
        assertSame(first, pool.share(new String("EMEA")));
        for (int i = 0; i < 100_000; i++) {
            pool.share("Account " + i);
        }
        assertSame(first, pool.share(new String("EMEA")));
    }
}
