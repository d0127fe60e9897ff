package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The won deals with a close date, totalled per close day, with exact running totals over the days:
 * the bookings between two days, their count, or one owner's count, without a pass over the deals.
 * A total is the same {@link BigDecimal}, value and scale, as adding the amounts one by one to
 * {@link BigDecimal#ZERO}: BigDecimal addition is exact, the difference of two running totals too, and
 * it is given the scale such a sum has (the largest of zero and the amounts' scales).
 */
final class WonBookings {

    /** the distinct close days, ascending */
    private final long[] day;
    /** runningTotal[k] = Σ amount closed on day[0 .. k - 1] */
    private final BigDecimal[] runningTotal;
    /** runningCount[k] = deals closed on day[0 .. k - 1] */
    private final int[] runningCount;
    /** max(0, scale) of the amounts closed on each day */
    private final int[] scale;
    /** per owner code, the close days of the owner's won deals, ascending */
    private final long[][] closeByOwner;

    /**
     * @param closeDays    close day (epoch day) per deal
     * @param amounts      amount per deal
     * @param owners       owner code per deal, 0 to {@code ownerCount - 1}
     * @param ownerCount   number of owner codes
     * @param wonPositions the won deals with a close date, ascending
     */
    WonBookings(long[] closeDays, BigDecimal[] amounts, int[] owners, int ownerCount, int[] wonPositions) {
        int[] rank = DayOrder.ranks(DayOrder.sort(closeDays, wonPositions), closeDays.length);
        long[] close = DayOrder.place(closeDays, wonPositions, rank);
        int[] owner = DayOrder.place(owners, wonPositions, rank);
        int days = 0;
        for (int i = 0; i < close.length; i++) {
            days += i == 0 || close[i] != close[i - 1] ? 1 : 0;
        }
        day = new long[days];
        int[] perDay = new int[days];
        int[] dayOf = new int[close.length];
        int[] perOwner = new int[ownerCount];
        for (int i = 0, k = -1; i < close.length; i++) {
            if (i == 0 || close[i] != close[i - 1]) {
                day[++k] = close[i];
            }
            perDay[k]++;
            dayOf[i] = k;
            perOwner[owner[i]]++;
        }
        // the amounts are read in the deals' order and added to their day's total
        BigDecimal[] dayTotal = new BigDecimal[days];
        scale = new int[days];
        for (int p : wonPositions) {
            int k = dayOf[rank[p]];
            dayTotal[k] = dayTotal[k] == null ? amounts[p] : dayTotal[k].add(amounts[p]);
            scale[k] = Math.max(scale[k], amounts[p].scale());
        }
        runningTotal = new BigDecimal[days + 1];
        runningCount = new int[days + 1];
        runningTotal[0] = BigDecimal.ZERO;
        for (int k = 0; k < days; k++) {
            runningTotal[k + 1] = runningTotal[k].add(dayTotal[k]);
            runningCount[k + 1] = runningCount[k] + perDay[k];
        }
        closeByOwner = new long[ownerCount][];
        for (int o = 0; o < ownerCount; o++) {
            closeByOwner[o] = new long[perOwner[o]];
        }
        Arrays.fill(perOwner, 0);
        for (int i = 0; i < close.length; i++) {
            int o = owner[i];
            closeByOwner[o][perOwner[o]++] = close[i];
        }
    }

    /** @return Σ amount of the deals won after {@code after} and on or before {@code upTo} (epoch days) */
    BigDecimal sum(long after, long upTo) {
        int from = DayOrder.countAtMost(day, after);
        int to = DayOrder.countAtMost(day, upTo);
        if (to <= from) {
            return BigDecimal.ZERO;
        }
        int maxScale = 0;
        for (int k = from; k < to; k++) {
            maxScale = Math.max(maxScale, scale[k]);
        }
        return runningTotal[to].subtract(runningTotal[from]).setScale(maxScale, RoundingMode.UNNECESSARY);
    }

    /** @return how many deals were won after {@code after} and on or before {@code upTo} */
    int count(long after, long upTo) {
        int from = DayOrder.countAtMost(day, after);
        int to = DayOrder.countAtMost(day, upTo);
        return to <= from ? 0 : runningCount[to] - runningCount[from];
    }

    /** @return how many deals of the owner were won after {@code after} and on or before {@code upTo} */
    int count(int owner, long after, long upTo) {
        long[] days = closeByOwner[owner];
        return Math.max(0, DayOrder.countAtMost(days, upTo) - DayOrder.countAtMost(days, after));
    }
}
