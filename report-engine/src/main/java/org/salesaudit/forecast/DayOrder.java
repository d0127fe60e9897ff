package org.salesaudit.forecast;

import java.util.Arrays;
import java.util.Comparator;

/** Orders positions by a day (or any whole number of days) without boxing, ties kept in position order. */
final class DayOrder {

    private DayOrder() {
    }

    /**
     * @param days      a value per position
     * @param positions the positions to order, ascending (not changed)
     * @return {@code positions} ordered by {@code days[position]}, equal days by position
     */
    static int[] sort(long[] days, int[] positions) {
        if (positions.length == 0) {
            return positions;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int p : positions) {
            min = Math.min(min, days[p]);
            max = Math.max(max, days[p]);
        }
        long range = max - min;
        if (range >= 0 && range <= 4L * positions.length + 4096) {
            return countingSort(days, positions, min, (int) range + 1);
        }
        if (range >= 0 && range < Integer.MAX_VALUE) {
            return packedSort(days, positions, min);
        }
        Integer[] boxed = Arrays.stream(positions).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingLong((Integer p) -> days[p]).thenComparingInt(p -> p));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** Days spanning few values: counted per day, then placed in order (stable). */
    private static int[] countingSort(long[] days, int[] positions, long min, int values) {
        int[] next = new int[values + 1];
        for (int p : positions) {
            next[(int) (days[p] - min) + 1]++;
        }
        for (int v = 1; v <= values; v++) {
            next[v] += next[v - 1];
        }
        int[] sorted = new int[positions.length];
        for (int p : positions) {
            sorted[next[(int) (days[p] - min)]++] = p;
        }
        return sorted;
    }

    /** One primitive sort of (day - min, position) packed in a long. */
    private static int[] packedSort(long[] days, int[] positions, long min) {
        long[] keys = new long[positions.length];
        for (int i = 0; i < positions.length; i++) {
            keys[i] = (days[positions[i]] - min) << 32 | positions[i];
        }
        Arrays.sort(keys);
        int[] sorted = new int[positions.length];
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = (int) keys[i];
        }
        return sorted;
    }

    /** @return how many of the ascending {@code sorted} are at most {@code day} */
    static int countAtMost(long[] sorted, long day) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * @param order an ordering of some positions, as {@link #sort} returns
     * @param size  the number of positions there are
     * @return for each position of {@code order}, its index in {@code order}
     */
    static int[] ranks(int[] order, int size) {
        int[] rank = new int[size];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }

    /**
     * @return the values at {@code positions} placed at their {@code rank}: what {@link #pick} gives for
     *         the ordered positions, read in position order (no reads at random)
     */
    static long[] place(long[] values, int[] positions, int[] rank) {
        long[] placed = new long[positions.length];
        for (int p : positions) {
            placed[rank[p]] = values[p];
        }
        return placed;
    }

    /** {@link #place(long[], int[], int[])} for int values. */
    static int[] place(int[] values, int[] positions, int[] rank) {
        int[] placed = new int[positions.length];
        for (int p : positions) {
            placed[rank[p]] = values[p];
        }
        return placed;
    }

    /** @return {@code days} at {@code positions}, in that order */
    static long[] pick(long[] days, int[] positions) {
        long[] picked = new long[positions.length];
        for (int i = 0; i < positions.length; i++) {
            picked[i] = days[positions[i]];
        }
        return picked;
    }
}
