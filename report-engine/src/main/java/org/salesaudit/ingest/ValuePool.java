package org.salesaudit.ingest;

import java.util.HashMap;
import java.util.Map;

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
    private static final int RECENT_BITS = 15;
    private static final int RECENT = 1 << RECENT_BITS;

    private final Map<Object, Object> pool = new HashMap<>();
    private final Object[] recent = new Object[RECENT];

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
