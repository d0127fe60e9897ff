package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Shares equal values between records — texts (stages, owners, products, regions), dates and amounts —
 * so that memory grows with the number of distinct values rather than with rows. Once it holds
 * {@link #CAPACITY} values it stops adding new ones and returns further values as they are.
 *
 * <p>A small table of recently shared values, indexed by hash, answers the frequent values (a handful
 * of stages, products, regions and owners repeated on every row) without a lookup in the large map.
 */
final class ValuePool {

    static final int CAPACITY = 200_000;
    private static final int RECENT_BITS = 16;
    private static final int RECENT = 1 << RECENT_BITS;

    private final Map<Object, Object> pool = new HashMap<>();
    private final Object[] recent = new Object[RECENT];

    private static final int NUMBER_BITS = 10;
    private final RecentNumbers<BigDecimal> decimals = new RecentNumbers<>(value -> share(NumberText.decimal(value)));
    private final RecentNumbers<String> plains = new RecentNumbers<>(NumberText::plain);

    /** @return {@link NumberText#decimal} of a spreadsheet number, shared; recent numbers are not converted again */
    BigDecimal decimal(double value) {
        return decimals.of(value);
    }

    /** @return {@link NumberText#plain} of a spreadsheet number; recent numbers are not converted again */
    String plain(double value) {
        return plains.of(value);
    }

    /** A conversion of numbers that remembers the last result in each of 2^{@value #NUMBER_BITS} slots. */
    private static final class RecentNumbers<T> {
        private final long[] keys = new long[1 << NUMBER_BITS];
        private final Object[] values = new Object[1 << NUMBER_BITS];
        private final DoubleFunction<T> convert;

        RecentNumbers(DoubleFunction<T> convert) {
            this.convert = convert;
        }

        @SuppressWarnings("unchecked")
        T of(double value) {
            long bits = Double.doubleToRawLongBits(value);
            int slot = numberSlot(bits);
            Object known = values[slot];
            if (known != null && keys[slot] == bits) {
                return (T) known;
            }
            T converted = convert.apply(value);
            keys[slot] = bits;
            values[slot] = converted;
            return converted;
        }
    }

    private static int numberSlot(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h >>> (64 - NUMBER_BITS));
    }

    /** @return a value equal to {@code value}: the first one seen, while the pool has room */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        int hash = value.hashCode();
        int slot = (hash * 0x9E3779B9) >>> (32 - RECENT_BITS);
        Object r = recent[slot];
        if (r != null && (r == value || r.equals(value))) {
            return (T) r;
        }
        Object shared = pool.get(value);
        if (shared != null) {
            recent[slot] = shared;
            return (T) shared;
        }
        if (pool.size() < CAPACITY) {
            pool.put(value, value);
            recent[slot] = value;
        }
        return value;
    }
}
