package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The won deals with a close date, ordered by close date, with exact running totals of their amounts:
 * the bookings between two days, their count, or one owner's count, without a pass over the deals.
 * A total is the same {@link BigDecimal}, value and scale, as adding the amounts one by one to
 * {@link BigDecimal#ZERO}: the difference of two running totals is exact, and it is given the scale
 * such a sum has (the largest of zero and the amounts' scales).
 */
final class WonBookings {

    private final long[] close;
    private final BigDecimal[] runningTotal;
    /** max(0, scale) of each amount; null when every amount has {@link #commonScale} */
    private final int[] scale;
    private final int commonScale;
    /** per owner code, the close days of the owner's won deals, ascending */
    private final long[][] closeByOwner;

    /**
     * @param closeDays    close day (epoch day) per deal
     * @param amounts      amount per deal
     * @param owners       owner code per deal, 0 to {@code ownerCount - 1}
     * @param ownerCount   number of owner codes
     * @param wonPositions the won deals with a close date
     */
    WonBookings(long[] closeDays, BigDecimal[] amounts, int[] owners, int ownerCount, int[] wonPositions) {
        int[] order = DayOrder.sort(closeDays, wonPositions);
        int n = order.length;
        close = DayOrder.pick(closeDays, order);
        runningTotal = new BigDecimal[n + 1];
        runningTotal[0] = BigDecimal.ZERO;
        int[] scales = new int[n];
        boolean common = true;
        int[] perOwner = new int[ownerCount];
        for (int i = 0; i < n; i++) {
            BigDecimal amount = amounts[order[i]];
            runningTotal[i + 1] = runningTotal[i].add(amount);
            scales[i] = Math.max(0, amount.scale());
            common &= scales[i] == scales[0];
            perOwner[owners[order[i]]]++;
        }
        commonScale = n == 0 ? 0 : scales[0];
        scale = common ? null : scales;
        closeByOwner = new long[ownerCount][];
        for (int o = 0; o < ownerCount; o++) {
            closeByOwner[o] = new long[perOwner[o]];
        }
        Arrays.fill(perOwner, 0);
        for (int i = 0; i < n; i++) {
            int o = owners[order[i]];
            closeByOwner[o][perOwner[o]++] = close[i];
        }
    }

    /** @return Σ amount of the deals won after {@code after} and on or before {@code upTo} (epoch days) */
    BigDecimal sum(long after, long upTo) {
        int from = DayOrder.countAtMost(close, after);
        int to = DayOrder.countAtMost(close, upTo);
        if (to <= from) {
            return BigDecimal.ZERO;
        }
        return runningTotal[to].subtract(runningTotal[from]).setScale(maxScale(from, to), RoundingMode.UNNECESSARY);
    }

    /** @return how many deals were won after {@code after} and on or before {@code upTo} */
    int count(long after, long upTo) {
        return Math.max(0, DayOrder.countAtMost(close, upTo) - DayOrder.countAtMost(close, after));
    }

    /** @return how many deals of the owner were won after {@code after} and on or before {@code upTo} */
    int count(int owner, long after, long upTo) {
        long[] days = closeByOwner[owner];
        return Math.max(0, DayOrder.countAtMost(days, upTo) - DayOrder.countAtMost(days, after));
    }

    private int maxScale(int from, int to) {
        if (scale == null) {
            return commonScale;
        }
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, scale[i]);
        }
        return max;
    }
}
