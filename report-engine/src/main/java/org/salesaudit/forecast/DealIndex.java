package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesaudit.model.Deal;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.StageChange;

/**
 * The sales data as the forecast reads it, indexed once per run and shared by the as-of date and
 * every backtest origin: the deals' days, statuses and owners as primitive columns (in the deals'
 * order), the won deals by close date with exact running totals ({@link WonBookings}), the closed
 * deals' cycles in order ({@link ClosedCycles}), the deals by creation day, and each deal's stage
 * history. What a date asks then costs a binary search, or one pass over primitive arrays, instead of
 * passes over the deal records with date arithmetic per deal.
 */
final class DealIndex {

    /** The day of an absent date. */
    static final long NO_DATE = Long.MIN_VALUE;

    /** Ages from this many days on cover every date a {@link LocalDate} can hold. */
    private static final long ANY_AGE = 1L << 40;

    private final SalesData data;
    // the deals' fields an open deal is made of, read once here rather than from every deal on every date
    private final Deal[] dealAt;
    private final String[] stage;
    private final BigDecimal[] amountAt;
    private final LocalDate[] closeDateAt;
    private final boolean[] open;
    private final long[] created;
    private final int[] owner;
    private final String[] ownerNames;
    private final Map<String, Integer> ownerCodes = new HashMap<>();
    private final long firstDay;
    /** the won deals with a close date, in the deals' order: position, close day and amount as a double */
    private final int[] wonPosition;
    private final long[] wonClose;
    private final double[] wonAmount;
    private final WonBookings won;
    private final ClosedCycles cycles;
    /** the deals with a creation date in creation order: day, position, owner code, close day if won */
    private final long[] createdDay;
    private final int[] createdPosition;
    private final int[] createdOwner;
    private final long[] createdWonClose;
    /** in creation order too: the day a deal closed (it was open until then), none while open */
    private final long[] createdOpenUntil;
    private final Map<String, List<StageChange>> history = new HashMap<>();

    private DealIndex(SalesData data) {
        this.data = data;
        dealAt = data.deals().toArray(Deal[]::new);
        int n = dealAt.length;
        stage = new String[n];
        amountAt = new BigDecimal[n];
        closeDateAt = new LocalDate[n];
        open = new boolean[n];
        created = new long[n];
        long[] close = new long[n];
        boolean[] isWon = new boolean[n];
        owner = new int[n];
        PositionList won = new PositionList(n);
        PositionList wonCycles = new PositionList(n);
        PositionList lostCycles = new PositionList(n);
        PositionList withCreation = new PositionList(n);
        Map<String, Integer> firstMet = new HashMap<>();
        long first = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Deal d = dealAt[i];
            created[i] = d.created() == null ? NO_DATE : d.created().toEpochDay();
            close[i] = d.closeDate() == null ? NO_DATE : d.closeDate().toEpochDay();
            open[i] = d.isOpen();
            isWon[i] = d.isWon();
            stage[i] = d.stage();
            amountAt[i] = d.amount();
            closeDateAt[i] = d.closeDate();
            // owners coded in the order first met, recoded in their natural order below
            String ownerId = d.ownerId() == null ? "" : d.ownerId();
            Integer code = firstMet.get(ownerId);
            if (code == null) {
                code = firstMet.size();
                firstMet.put(ownerId, code);
            }
            owner[i] = code;
            if (created[i] != NO_DATE) {
                withCreation.add(i);
                first = Math.min(first, created[i]);
            }
            if (close[i] != NO_DATE) {
                first = Math.min(first, close[i]);
                if (d.isWon()) {
                    won.add(i);
                }
                if (d.status().isClosed() && created[i] != NO_DATE && close[i] >= created[i]) {
                    (d.isWon() ? wonCycles : lostCycles).add(i);
                }
            }
        }
        firstDay = first;
        ownerNames = firstMet.keySet().stream().sorted().toArray(String[]::new);
        int[] recode = new int[ownerNames.length];
        for (int o = 0; o < ownerNames.length; o++) {
            ownerCodes.put(ownerNames[o], o);
            recode[firstMet.get(ownerNames[o])] = o;
        }
        for (int i = 0; i < n; i++) {
            owner[i] = recode[owner[i]];
        }
        wonPosition = won.toArray();
        wonClose = DayOrder.pick(close, wonPosition);
        wonAmount = new double[wonPosition.length];
        for (int k = 0; k < wonPosition.length; k++) {
            wonAmount[k] = amountAt[wonPosition[k]].doubleValue();
        }
        this.won = new WonBookings(close, amountAt, owner, ownerNames.length, wonPosition);
        cycles = new ClosedCycles(created, close, wonCycles.toArray(), lostCycles.toArray());
        int[] byCreation = withCreation.toArray();
        createdPosition = DayOrder.sort(created, byCreation);
        int[] rank = DayOrder.ranks(createdPosition, n);
        createdDay = new long[byCreation.length];
        createdOwner = new int[byCreation.length];
        createdWonClose = new long[byCreation.length];
        createdOpenUntil = new long[byCreation.length];
        // the columns are read in the deals' order and written to their rank: no random reads
        for (int i : byCreation) {
            int k = rank[i];
            createdDay[k] = created[i];
            createdOwner[k] = owner[i];
            createdWonClose[k] = isWon[i] && close[i] != NO_DATE ? close[i] : Long.MAX_VALUE;
            createdOpenUntil[k] = open[i] ? Long.MAX_VALUE : close[i];
        }
        for (StageChange c : data.stageHistory()) {
            history.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c);
        }
        history.values().forEach(l -> l.sort(Comparator.comparing(StageChange::enteredOn)));
    }

    /** Positions collected in ascending order. */
    private static final class PositionList {
        private final int[] positions;
        private int size;

        PositionList(int capacity) {
            positions = new int[capacity];
        }

        void add(int position) {
            positions[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(positions, size);
        }
    }

    static DealIndex of(SalesData data) {
        return new DealIndex(data);
    }

    SalesData data() {
        return data;
    }

    List<Deal> deals() {
        return data.deals();
    }

    /** The won deals by close date. */
    WonBookings won() {
        return won;
    }

    /** The closed deals' cycles. */
    ClosedCycles cycles() {
        return cycles;
    }

    /** @return each deal's stage changes by deal id, oldest first; empty without stage history */
    Map<String, List<StageChange>> stageHistoryByDeal() {
        return history;
    }

    /** @return the earliest creation or close date on or before {@code date}, if any */
    Optional<LocalDate> firstDate(LocalDate date) {
        return firstDay <= date.toEpochDay() ? Optional.of(LocalDate.ofEpochDay(firstDay)) : Optional.empty();
    }

    /** @return the creation day (epoch day) of the deal at {@code position}, {@link #NO_DATE} without one */
    long createdOn(int position) {
        return created[position];
    }

    /** @return the earliest creation date, if any deal has one */
    Optional<LocalDate> firstCreated() {
        return createdDay.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(createdDay[0]));
    }

    /**
     * @return the positions (in the deals' order) of the deals with a creation date that were open on
     *         {@code day} (created on or before it, and still open or closed after it) and at most
     *         {@code maxAge} days old then: the deals created in those days are marked, then read in order
     */
    int[] openOn(long day, long maxAge) {
        int from = maxAge >= ANY_AGE ? 0 : DayOrder.countAtMost(createdDay, day - maxAge - 1);
        int to = DayOrder.countAtMost(createdDay, day);
        long[] marked = new long[(dealAt.length + 63) >>> 6];
        int count = 0;
        for (int k = from; k < to; k++) {
            if (createdOpenUntil[k] > day) {
                int i = createdPosition[k];
                marked[i >>> 6] |= 1L << i;
                count++;
            }
        }
        int[] positions = new int[count];
        int j = 0;
        for (int w = 0; w < marked.length; w++) {
            for (long bits = marked[w]; bits != 0; bits &= bits - 1) {
                positions[j++] = (w << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return positions;
    }

    /** @return the deal at {@code position} */
    Deal deal(int position) {
        return dealAt[position];
    }

    /** @return the stage of the deal at {@code position} when it is open, else null */
    String openStage(int position) {
        return open[position] ? stage[position] : null;
    }

    /** @return the amount of the deal at {@code position} */
    BigDecimal amount(int position) {
        return amountAt[position];
    }

    /** @return the close date of the deal at {@code position} (expected while open), or null */
    LocalDate closeDate(int position) {
        return closeDateAt[position];
    }

    /** @return the owner with the code, "" for deals without one; codes follow the owners' natural order */
    String ownerName(int code) {
        return ownerNames[code];
    }

    /** @return the code of the owner with id {@code rep}, or -1 when no deal has that owner */
    int ownerCode(String rep) {
        Integer code = ownerCodes.get(rep);
        return code == null ? -1 : code;
    }

    /** @return per owner code, the deals created after {@code after} and on or before {@code upTo} */
    int[] createdByOwner(long after, long upTo) {
        int[] counts = new int[ownerNames.length];
        for (int k = DayOrder.countAtMost(createdDay, after); k < createdDay.length && createdDay[k] <= upTo; k++) {
            counts[createdOwner[k]]++;
        }
        return counts;
    }

    /**
     * @return {created, won}: the deals created after {@code after} and on or before {@code upTo}, and
     *         how many of them were won with a close date on or before {@code wonBy}
     */
    long[] createdAndWon(long after, long upTo, long wonBy) {
        int from = DayOrder.countAtMost(createdDay, after);
        int to = Math.max(from, DayOrder.countAtMost(createdDay, upTo));
        long wonCount = 0;
        for (int k = from; k < to; k++) {
            if (createdWonClose[k] <= wonBy) {
                wonCount++;
            }
        }
        return new long[] {to - from, wonCount};
    }

    /**
     * @param owners owner codes, distinct (-1: none)
     * @param from   per owner, the first day its wins count
     * @param to     per owner, the last day its wins count
     * @return per owner, Σ amount of its deals won from {@code from} to {@code to} (exact, from
     *         {@link BigDecimal#ZERO})
     */
    BigDecimal[] wonWithin(int[] owners, long[] from, long[] to) {
        BigDecimal[] sums = new BigDecimal[owners.length];
        Arrays.fill(sums, BigDecimal.ZERO);
        int[] entry = new int[ownerNames.length];
        Arrays.fill(entry, -1);
        for (int k = 0; k < owners.length; k++) {
            if (owners[k] >= 0) {
                entry[owners[k]] = k;
            }
        }
        for (int w = 0; w < wonPosition.length; w++) {
            int k = entry[owner[wonPosition[w]]];
            if (k >= 0 && wonClose[w] >= from[k] && wonClose[w] <= to[k]) {
                sums[k] = sums[k].add(amountAt[wonPosition[w]]);
            }
        }
        return sums;
    }

    /** @return the amounts (as doubles) of the deals won after {@code after} and on or before {@code upTo}, in the deals' order */
    double[] wonAmounts(long after, long upTo) {
        double[] out = new double[won.count(after, upTo)];
        int k = 0;
        for (int i = 0; i < wonClose.length && k < out.length; i++) {
            if (wonClose[i] > after && wonClose[i] <= upTo) {
                out[k++] = wonAmount[i];
            }
        }
        return out;
    }
}
