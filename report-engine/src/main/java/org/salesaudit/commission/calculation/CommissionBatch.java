package org.salesaudit.commission.calculation;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.salesaudit.model.Deal;
import org.salesaudit.model.Rep;

/**
 * A month of statements computed one rep at a time, when asked, so that a batch of any size holds only
 * the months it is working on. Each rep's month is computed from the first month on a plan, like
 * {@link CommissionCalculator#calculate}, with the same result; asking twice computes twice. Which reps
 * have a statement is known up front (sorted by rep id). Thread-safe: reps can be computed in parallel.
 */
public final class CommissionBatch {

    private final CommissionCalculator calculator;
    private final YearMonth period;
    private final YearMonth first;
    private final Map<String, List<Adjustment>> adjustments;
    private final Map<String, List<Deal>> dealsByRep;
    private final List<String> repIds;

    CommissionBatch(CommissionCalculator calculator, YearMonth period, YearMonth first, List<Adjustment> adjustments,
            Map<String, List<Deal>> dealsByRep) {
        this.calculator = calculator;
        this.period = period;
        this.first = first;
        Map<String, List<Adjustment>> byRep = new HashMap<>();
        for (Adjustment a : adjustments) {
            byRep.computeIfAbsent(a.repId(), k -> new java.util.ArrayList<>()).add(a);
        }
        byRep.replaceAll((k, v) -> List.copyOf(v));
        this.adjustments = byRep;
        this.dealsByRep = dealsByRep;
        this.repIds = List.copyOf(calculator.repsWithStatement(period, first, period, this.adjustments, dealsByRep));
    }

    public YearMonth period() {
        return period;
    }

    public Currency currency() {
        return calculator.currency();
    }

    public RoundingMode rounding() {
        return calculator.rounding();
    }

    /** @return the reps with a statement in the period, sorted by rep id */
    public List<String> repIds() {
        return repIds;
    }

    /** @return the rep as the Reps sheet describes it (id only when it is not there) */
    public Rep rep(String repId) {
        return calculator.rep(repId);
    }

    /**
     * @return the statement of one of {@link #repIds()}
     * @throws IllegalArgumentException the rep has no statement in the period
     */
    public RepMonth statement(String repId) {
        return month(repId, period).orElseThrow(() -> new IllegalArgumentException("no statement for " + repId));
    }

    /** @return the rep's month {@code month} (the period or one before it), empty when it has none */
    public Optional<RepMonth> month(String repId, YearMonth month) {
        if (month.isAfter(period)) {
            throw new IllegalArgumentException(month + " is after " + period);
        }
        return calculator.repMonth(repId, first, month, period, adjustments.getOrDefault(repId, List.of()),
                dealsByRep.getOrDefault(repId, List.of()));
    }

    /**
     * @return every rep's month {@code month} (the period or one before it), sorted by rep id, each computed
     *         when the iteration reaches it
     */
    public Iterable<RepMonth> months(YearMonth month) {
        List<String> ids = month.equals(period) ? repIds
                : List.copyOf(calculator.repsWithStatement(month, first, period, adjustments, dealsByRep));
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.size();
            }

            @Override
            public RepMonth next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String id = ids.get(next++);
                return month(id, month).orElseThrow(() -> new IllegalStateException("no month for " + id));
            }
        };
    }
}
