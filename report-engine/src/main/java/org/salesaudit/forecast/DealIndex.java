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
import org.salesaudit.model.DealStatus;
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

    private final SalesData data;
    private final long[] created;
    private final long[] close;
    private final DealStatus[] status;
    private final int[] owner;
    private final String[] ownerNames;
    private final Map<String, Integer> ownerCodes = new HashMap<>();
    /** the won deals with a close date, in the deals' order: close day and amount as a double */
    private final long[] wonClose;
    private final double[] wonAmount;
    // the deals' fields an open deal is made of, read once here rather than from every deal on every date
    private final Deal[] dealAt;
    private final String[] stage;
    private final BigDecimal[] amountAt;
    private final LocalDate[] closeDateAt;
    private final WonBookings won;
    private final ClosedCycles cycles;
    private final long[] createdDay;
    private final int[] createdOrder;
    private final long firstDay;
    private final Map<String, List<StageChange>> history = new HashMap<>();

    private DealIndex(SalesData data) {
        this.data = data;
        List<Deal> deals = data.deals();
        int n = deals.size();
        created = new long[n];
        close = new long[n];
        status = new DealStatus[n];
        owner = new int[n];
        dealAt = deals.toArray(Deal[]::new);
        stage = new String[n];
        amountAt = new BigDecimal[n];
        closeDateAt = new LocalDate[n];
        // owners coded in the order first met, then recoded in their natural order
        Map<String, Integer> firstMet = new HashMap<>();
        for (int i = 0; i < n; i++) {
            owner[i] = firstMet.computeIfAbsent(ownerName(deals.get(i)), k -> firstMet.size());
        }
        ownerNames = firstMet.keySet().stream().sorted().toArray(String[]::new);
        int[] recode = new int[ownerNames.length];
        for (int o = 0; o < ownerNames.length; o++) {
            ownerCodes.put(ownerNames[o], o);
            recode[firstMet.get(ownerNames[o])] = o;
        }
        int[] wonPositions = new int[n];
        int[] wonCycles = new int[n];
        int[] lostCycles = new int[n];
        int[] withCreation = new int[n];
        int wonCount = 0;
        int wonCycleCount = 0;
        int lostCycleCount = 0;
        int creationCount = 0;
        long first = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Deal d = dealAt[i];
            created[i] = d.created() == null ? NO_DATE : d.created().toEpochDay();
            close[i] = d.closeDate() == null ? NO_DATE : d.closeDate().toEpochDay();
            status[i] = d.status();
            owner[i] = recode[owner[i]];
            stage[i] = d.stage();
            amountAt[i] = d.amount();
            closeDateAt[i] = d.closeDate();
            if (created[i] != NO_DATE) {
                withCreation[creationCount++] = i;
                first = Math.min(first, created[i]);
            }
            if (close[i] != NO_DATE) {
                first = Math.min(first, close[i]);
                if (d.isWon()) {
                    wonPositions[wonCount++] = i;
                }
                if (d.status().isClosed() && created[i] != NO_DATE && close[i] >= created[i]) {
                    if (d.isWon()) {
                        wonCycles[wonCycleCount++] = i;
                    } else {
                        lostCycles[lostCycleCount++] = i;
                    }
                }
            }
        }
        firstDay = first;
        wonClose = new long[wonCount];
        wonAmount = new double[wonCount];
        for (int k = 0; k < wonCount; k++) {
            wonClose[k] = close[wonPositions[k]];
            wonAmount[k] = amountAt[wonPositions[k]].doubleValue();
        }
        won = new WonBookings(close, amountAt, owner, ownerNames.length, Arrays.copyOf(wonPositions, wonCount));
        cycles = new ClosedCycles(created, close, Arrays.copyOf(wonCycles, wonCycleCount),
                Arrays.copyOf(lostCycles, lostCycleCount));
        createdOrder = DayOrder.sort(created, Arrays.copyOf(withCreation, creationCount));
        createdDay = DayOrder.pick(created, createdOrder);
        for (StageChange c : data.stageHistory()) {
            history.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c);
        }
        history.values().forEach(l -> l.sort(Comparator.comparing(StageChange::enteredOn)));
    }

    static DealIndex of(SalesData data) {
        return new DealIndex(data);
    }

    private static String ownerName(Deal d) {
        return d.ownerId() == null ? "" : d.ownerId();
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
    long createdDay(int position) {
        return created[position];
    }

    /** @return the earliest creation date, if any deal has one */
    Optional<LocalDate> firstCreated() {
        return createdDay.length == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(createdDay[0]));
    }

    /**
     * @return the positions (in the deals' order) of the deals with a creation date that were open on
     *         {@code day} (created on or before it, and still open or closed after it) and at most
     *         {@code maxAge} days old then
     */
    int[] openOn(long day, long maxAge) {
        int[] open = new int[16];
        int count = 0;
        for (int i = 0; i < created.length; i++) {
            if (created[i] != NO_DATE && created[i] <= day && day - created[i] <= maxAge
                    && (status[i] == DealStatus.OPEN || close[i] > day)) {
                if (count == open.length) {
                    open = Arrays.copyOf(open, count * 2);
                }
                open[count++] = i;
            }
        }
        return Arrays.copyOf(open, count);
    }

    /** @return the deal at {@code position} */
    Deal deal(int position) {
        return dealAt[position];
    }

    /** @return the stage of the deal at {@code position} when it is open, else null */
    String openStage(int position) {
        return status[position] == DealStatus.OPEN ? stage[position] : null;
    }

    /** @return the amount of the deal at {@code position} */
    BigDecimal amount(int position) {
        return amountAt[position];
    }

    /** @return the close date of the deal at {@code position} (expected while open), or null */
    LocalDate closeDate(int position) {
        return closeDateAt[position];
    }

    /** @return the number of owners (reps, and "" for deals without one), the codes being 0 to this - 1 */
    int ownerCount() {
        return ownerNames.length;
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
            counts[owner[createdOrder[k]]]++;
        }
        return counts;
    }

    /**
     * @return {created, won}: the deals created after {@code after} and on or before {@code upTo}, and
     *         how many of them were won with a close date on or before {@code wonBy}
     */
    long[] createdAndWon(long after, long upTo, long wonBy) {
        long createdCount = 0;
        long wonCount = 0;
        for (int k = DayOrder.countAtMost(createdDay, after); k < createdDay.length && createdDay[k] <= upTo; k++) {
            int i = createdOrder[k];
            createdCount++;
            if (status[i] == DealStatus.WON && close[i] != NO_DATE && close[i] <= wonBy) {
                wonCount++;
            }
        }
        return new long[] {createdCount, wonCount};
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
