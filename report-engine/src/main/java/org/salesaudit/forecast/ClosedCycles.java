package org.salesaudit.forecast;

/**
 * The cycles (days from creation to close) of the won and of the lost deals, each ordered by cycle
 * with the deal's close day beside it: the cycles of the deals closed by a date come out already
 * sorted, in one pass over these arrays instead of a pass over the deals and a sort per date.
 */
final class ClosedCycles {

    private final long[] wonCycle;
    private final long[] wonClose;
    private final long[] lostCycle;
    private final long[] lostClose;
    private final long lastClose;

    /**
     * @param created   creation day per deal
     * @param close     close day per deal
     * @param won       the won deals whose close day is on or after their creation day
     * @param lost      the lost deals whose close day is on or after their creation day
     */
    ClosedCycles(long[] created, long[] close, int[] won, int[] lost) {
        long[] cycle = new long[created.length];
        long last = Long.MIN_VALUE;
        for (int[] positions : new int[][] {won, lost}) {
            for (int p : positions) {
                cycle[p] = close[p] - created[p];
                last = Math.max(last, close[p]);
            }
        }
        int[] wonOrder = DayOrder.sort(cycle, won);
        int[] lostOrder = DayOrder.sort(cycle, lost);
        wonCycle = DayOrder.pick(cycle, wonOrder);
        wonClose = DayOrder.pick(close, wonOrder);
        lostCycle = DayOrder.pick(cycle, lostOrder);
        lostClose = DayOrder.pick(close, lostOrder);
        lastClose = last;
    }

    /** @return the time to close known on {@code day}: the deals closed on or before it */
    TimeToClose asOf(long day) {
        if (day >= lastClose) {
            return TimeToClose.ofSorted(wonCycle, lostCycle);
        }
        return TimeToClose.ofSorted(closedBy(wonCycle, wonClose, day), closedBy(lostCycle, lostClose, day));
    }

    private static long[] closedBy(long[] cycles, long[] closes, long day) {
        int n = 0;
        for (long c : closes) {
            if (c <= day) {
                n++;
            }
        }
        long[] out = new long[n];
        int k = 0;
        for (int i = 0; i < cycles.length && k < n; i++) {
            if (closes[i] <= day) {
                out[k++] = cycles[i];
            }
        }
        return out;
    }
}
