package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Σ amount × weight(key) over many amounts with few distinct keys, computed as Σ over the keys of
 * weight(key) × (Σ of the key's amounts): one multiplication per key instead of per amount. BigDecimal
 * addition and multiplication are exact, so the result is the same value with the same scale as adding
 * every product to {@link BigDecimal#ZERO} one by one (a sum's scale is the largest of its terms',
 * a product's the sum of its factors').
 *
 * @param <K> what the weight depends on (equal keys have equal weights)
 */
final class ExactWeightedSum<K> {

    private final Map<K, BigDecimal> amountByKey = new HashMap<>();

    /** Adds an amount weighted by the weight of {@code key}. */
    void add(K key, BigDecimal amount) {
        amountByKey.merge(key, amount, BigDecimal::add);
    }

    /** @return Σ weight(key) × amount over everything added, {@link BigDecimal#ZERO} when nothing was */
    BigDecimal sum(Function<K, BigDecimal> weight) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<K, BigDecimal> e : amountByKey.entrySet()) {
            sum = sum.add(e.getValue().multiply(weight.apply(e.getKey())));
        }
        return sum;
    }
}
