package org.salesaudit.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Weighted isotonic (non-decreasing) regression by the pool-adjacent-violators algorithm (Ayer et al.
 * 1955; Barlow et al. 1972). Walking the values in order, a value below the block before it is pooled
 * with that block into their weighted mean, and pooling repeats backwards while the order is still
 * violated. The result is the non-decreasing sequence closest to the values in weighted least squares.
 * Commons Math has no isotonic regression.
 */
public final class PoolAdjacentViolators {

    private PoolAdjacentViolators() {
    }

    /**
     * @param values  the values in their order
     * @param weights positive weights, one per value
     * @return for each value the index of its block (0, 1, …, non-decreasing, consecutive values of one
     *         block share it); the fitted value of a block is the weighted mean of its values
     */
    public static int[] blocks(double[] values, double[] weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException("one weight per value: " + values.length + " values, "
                    + weights.length + " weights");
        }
        List<double[]> stack = new ArrayList<>(); // {weighted sum, weight sum, first index}
        for (int i = 0; i < values.length; i++) {
            if (!(weights[i] > 0) || Double.isNaN(values[i])) {
                throw new IllegalArgumentException("weights must be positive and values numbers, at " + i);
            }
            stack.add(new double[] {values[i] * weights[i], weights[i], i});
            while (stack.size() > 1 && mean(stack.get(stack.size() - 2)) > mean(stack.get(stack.size() - 1))) {
                double[] last = stack.remove(stack.size() - 1);
                double[] before = stack.get(stack.size() - 1);
                before[0] += last[0];
                before[1] += last[1];
            }
        }
        int[] block = new int[values.length];
        for (int b = 0; b < stack.size(); b++) {
            int from = (int) stack.get(b)[2];
            int to = b + 1 < stack.size() ? (int) stack.get(b + 1)[2] : values.length;
            for (int i = from; i < to; i++) {
                block[i] = b;
            }
        }
        return block;
    }

    /** @return the fitted non-decreasing values: each value replaced by the weighted mean of its block */
    public static double[] fit(double[] values, double[] weights) {
        int[] block = blocks(values, weights);
        int blocks = block.length == 0 ? 0 : block[block.length - 1] + 1;
        double[] sum = new double[blocks];
        double[] weight = new double[blocks];
        for (int i = 0; i < values.length; i++) {
            sum[block[i]] += values[i] * weights[i];
            weight[block[i]] += weights[i];
        }
        double[] fitted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            fitted[i] = sum[block[i]] / weight[block[i]];
        }
        return fitted;
    }

    private static double mean(double[] block) {
        return block[0] / block[1];
    }
}
