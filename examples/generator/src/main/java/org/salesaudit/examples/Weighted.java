package org.salesaudit.examples;

import java.util.ArrayList;
import java.util.List;

/** A fixed list of items with relative weights, drawn with {@link Rng}. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private double total;

    Weighted<T> add(T item, double weight) {
        if (weight > 0) {
            items.add(item);
            weights.add(weight);
            total += weight;
        }
        return this;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    T draw(Rng rng) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nothing to draw from");
        }
        double target = rng.uniform() * total;
        for (int i = 0; i < items.size(); i++) {
            target -= weights.get(i);
            if (target < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
