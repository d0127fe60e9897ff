package org.salesaudit.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal text values (stages, owners, products, regions, …) between records, so that memory
 * grows with the number of distinct values rather than with rows. Once it holds {@link #CAPACITY}
 * values it stops adding new ones and returns further values as they are.
 */
final class TextPool {

    static final int CAPACITY = 100_000;

    private final Map<String, String> pool = new HashMap<>();

    String share(String value) {
        String shared = pool.get(value);
        if (shared != null) {
            return shared;
        }
        if (pool.size() < CAPACITY) {
            pool.put(value, value);
        }
        return value;
    }
}
