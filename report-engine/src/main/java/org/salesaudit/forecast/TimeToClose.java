package org.salesaudit.forecast;

import java.time.LocalDate;
import java.util.OptionalDouble;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * How long deals took from creation to close, as known on a date: the empirical distribution of
 * the cycles (days) of deals won and lost by then. Gives the typical cycle (median days to a win),
 * the probability that a deal open for a given age is eventually won, and the probability that it is
 * won within a given number of days.
 */
final class TimeToClose {

    private final long[] wonCycles;
    private final long[] lostCycles;

    private TimeToClose(long[] sortedWon, long[] sortedLost) {
        this.wonCycles = sortedWon;
        this.lostCycles = sortedLost;
    }

    /**
     * The deals closed on or before {@code date} with a creation and a close date (not before the
     * creation).
     */
    static TimeToClose asOf(DealIndex deals, LocalDate date) {
        return deals.cycles().asOf(date.toEpochDay());
    }

    /** @param sortedWon the won cycles, ascending, and {@code sortedLost} the lost ones: kept, not copied */
    static TimeToClose ofSorted(long[] sortedWon, long[] sortedLost) {
        return new TimeToClose(sortedWon, sortedLost);
    }

    int wonCount() {
        return wonCycles.length;
    }

    int closedCount() {
        return wonCycles.length + lostCycles.length;
    }

    /** @return the median days from creation to a win, if any deal was won */
    OptionalDouble typicalCycleDays() {
        int n = wonCycles.length;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n % 2 == 1 ? wonCycles[n / 2] : (wonCycles[n / 2 - 1] + wonCycles[n / 2]) / 2.0);
    }

    /** @return won / closed among all closed deals, or 0 without closed deals */
    double winRate() {
        return closedCount() == 0 ? 0 : (double) wonCycles.length / closedCount();
    }

    /** @return P(won eventually | still open at {@code age} days): among deals that lasted longer, the share won */
    double winProbabilityAfter(long age) {
        long won = countAbove(wonCycles, age);
        long closed = won + countAbove(lostCycles, age);
        return closed == 0 ? 0 : (double) won / closed;
    }

    /** @return P(won within the next {@code days} | open at {@code age} days) */
    double winWithin(long age, long days) {
        long won = countAbove(wonCycles, age) - countAbove(wonCycles, age + days);
        long closed = countAbove(wonCycles, age) + countAbove(lostCycles, age);
        return closed == 0 ? 0 : (double) won / closed;
    }

    /** @return a won cycle longer than {@code age}, drawn uniformly; else the age plus up to 30 days */
    long sampleWonCycleBeyond(long age, RandomGenerator rng) {
        return sampleWonCycleBeyond(age, longerWonCycles(age), rng);
    }

    /**
     * @return the index of the first won cycle longer than {@code age}: prepared once per deal, it
     *         spares {@link #sampleWonCycleBeyond(long, int, RandomGenerator)} the search
     */
    int longerWonCycles(long age) {
        return firstAbove(wonCycles, age);
    }

    /**
     * The same draw as {@link #sampleWonCycleBeyond(long, RandomGenerator)}, given
     * {@code from = longerWonCycles(age)}.
     */
    long sampleWonCycleBeyond(long age, int from, RandomGenerator rng) {
        if (from >= wonCycles.length) {
            return age + 1 + rng.nextInt(30);
        }
        return wonCycles[from + rng.nextInt(wonCycles.length - from)];
    }

    /**
     * The distribution of {@link #sampleWonCycleBeyond(long, int, RandomGenerator)}'s draw: the
     * probability that it is at most {@code limit} days.
     *
     * @param from {@link #longerWonCycles(long) longerWonCycles(age)}
     */
    double wonCycleBeyondAtMost(long age, int from, long limit) {
        if (from >= wonCycles.length) {
            return Math.min(Math.max(limit - age, 0), 30) / 30.0;
        }
        return Math.max(firstAbove(wonCycles, limit) - from, 0) / (double) (wonCycles.length - from);
    }

    /** The distribution of {@link #sampleWonCycle(RandomGenerator)}'s draw: the probability that it is at most {@code limit} days. */
    double wonCycleAtMost(long limit) {
        if (wonCycles.length == 0) {
            return limit >= 0 ? 1 : 0;
        }
        return firstAbove(wonCycles, limit) / (double) wonCycles.length;
    }

    /** @return a won cycle drawn uniformly (0 without won deals) */
    long sampleWonCycle(RandomGenerator rng) {
        return wonCycles.length == 0 ? 0 : wonCycles[rng.nextInt(wonCycles.length)];
    }

    private static long countAbove(long[] sorted, long age) {
        return sorted.length - firstAbove(sorted, age);
    }

    /** @return the index of the first of the ascending {@code sorted} longer than {@code age} */
    private static int firstAbove(long[] sorted, long age) {
        return DayOrder.countAtMost(sorted, age);
    }
}
