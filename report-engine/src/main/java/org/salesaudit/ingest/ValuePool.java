package org.salesaudit.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal values between records — texts (stages, owners, products, regions), dates and amounts —
 * so that memory grows with the number of distinct values rather than with rows. Once it holds
 * {@link #CAPACITY} values it stops adding new ones and returns further values as they are.
 */
final class ValuePool {

    static final int CAPACITY = 200_000;

    private final Map<Object, Object> pool = new HashMap<>();

    /** @return a value equal to {@code value}: the first one seen, while the pool has room */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        Object shared = pool.get(value);
        if (shared != null) {
            return (T) shared;
        }
        if (pool.size() < CAPACITY) {
            pool.put(value, value);
        }
        return value;
    }
}
