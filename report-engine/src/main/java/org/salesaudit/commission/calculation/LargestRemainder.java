package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount into parts proportional to weights so that the parts, at the given scale, add up
 * to the amount exactly: each part is first rounded down, then the units left over go one by one to
 * the parts with the largest remainders (ties to the earlier part).
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param total   the amount to split, at {@code scale} decimals
     * @param weights non-negative weights, not all zero
     * @return one part per weight, in order, adding up to {@code total}
     */
    public static List<BigDecimal> allocate(BigDecimal total, List<BigDecimal> weights, int scale) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights add up to zero");
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        boolean negative = total.signum() < 0;
        BigDecimal amount = total.abs().setScale(scale, RoundingMode.UNNECESSARY);
        List<BigDecimal> parts = new ArrayList<>(weights.size());
        List<BigDecimal> remainders = new ArrayList<>(weights.size());
        BigDecimal allocated = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            BigDecimal exact = amount.multiply(weight).divide(sum, scale + 12, RoundingMode.HALF_EVEN);
            BigDecimal floor = exact.setScale(scale, RoundingMode.DOWN);
            parts.add(floor);
            remainders.add(exact.subtract(floor));
            allocated = allocated.add(floor);
        }
        int left = amount.subtract(allocated).divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            parts.set(i, parts.get(i).add(unit));
        }
        return negative ? parts.stream().map(BigDecimal::negate).toList() : List.copyOf(parts);
    }
}
