package org.salesaudit.forecast;

import java.util.Arrays;

/**
 * The cycles (days from creation to close) of the won and of the lost deals, ordered by close day: the
 * deals closed by a date are a prefix, whose cycles are put in order by counting them per cycle length
 * (a sort when the lengths spread over too many values) instead of a pass over the deals and a sort
 * per date.
 */
final class ClosedCycles {

    private final Cycles won;
    private final Cycles lost;

    /**
     * @param created creation day per deal
     * @param close   close day per deal
     * @param won     the won deals whose close day is on or after their creation day, ascending
     * @param lost    the lost deals whose close day is on or after their creation day, ascending
     */
    ClosedCycles(long[] created, long[] close, int[] won, int[] lost) {
        this.won = new Cycles(created, close, won);
        this.lost = new Cycles(created, close, lost);
    }

    /** @return the time to close known on {@code day}: the deals closed on or before it */
    TimeToClose asOf(long day) {
        return TimeToClose.ofSorted(won.closedBy(day), lost.closedBy(day));
    }

    /** One kind of closed deals: close days ascending, the cycles in the same order. */
    private static final class Cycles {
        private final long[] close;
        private final long[] cycle;
        private final long minCycle;
        private final long maxCycle;
        /** all the cycles, ascending */
        private final long[] all;

        Cycles(long[] created, long[] closeDays, int[] positions) {
            int[] rank = DayOrder.ranks(DayOrder.sort(closeDays, positions), closeDays.length);
            close = DayOrder.place(closeDays, positions, rank);
            cycle = new long[positions.length];
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int p : positions) {
                long c = closeDays[p] - created[p];
                cycle[rank[p]] = c;
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            minCycle = min;
            maxCycle = max;
            all = sorted(cycle.length);
        }

        /** @return the cycles of the deals closed on or before {@code day}, ascending (shared: not to be changed) */
        long[] closedBy(long day) {
            int k = DayOrder.countAtMost(close, day);
            return k == cycle.length ? all : sorted(k);
        }

        /** @return the first {@code k} cycles, ascending */
        private long[] sorted(int k) {
            if (k == 0) {
                return new long[0];
            }
            long range = maxCycle - minCycle;
            if (range < 0 || range > 4L * k + 4096) {
                long[] out = Arrays.copyOf(cycle, k);
                Arrays.sort(out);
                return out;
            }
            int[] count = new int[(int) range + 1];
            for (int i = 0; i < k; i++) {
                count[(int) (cycle[i] - minCycle)]++;
            }
            long[] out = new long[k];
            int j = 0;
            for (int v = 0; v < count.length; v++) {
                for (int c = count[v]; c > 0; c--) {
                    out[j++] = minCycle + v;
                }
            }
            return out;
        }
    }
}
