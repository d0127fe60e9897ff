package org.salesaudit.commission.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every plan version, assignment, split and cancellation of the input, checked (see {@link PlanChecks}),
 * indexed by rep, plan and deal so that look-ups do not depend on the number of reps or deals.
 */
public record PlanBook(List<PlanVersion> versions, List<PlanAssignment> assignments, List<CreditSplit> splits,
        List<Cancellation> cancellations, Index index) {

    public PlanBook(List<PlanVersion> versions, List<PlanAssignment> assignments, List<CreditSplit> splits,
            List<Cancellation> cancellations) {
        this(List.copyOf(versions), List.copyOf(assignments), List.copyOf(splits), List.copyOf(cancellations),
                Index.of(versions, assignments, splits, cancellations));
    }

    public PlanBook {
        versions = List.copyOf(versions);
        assignments = List.copyOf(assignments);
        splits = List.copyOf(splits);
        cancellations = List.copyOf(cancellations);
    }

    /** The look-up maps of a plan book. */
    public record Index(Map<String, List<PlanAssignment>> assignmentsByRep, Map<String, List<PlanVersion>> versionsByPlan,
            Map<String, List<CreditSplit>> splitsByDeal, Map<String, Cancellation> cancellationByDeal) {

        static Index of(List<PlanVersion> versions, List<PlanAssignment> assignments, List<CreditSplit> splits,
                List<Cancellation> cancellations) {
            Map<String, List<PlanAssignment>> byRep = new HashMap<>();
            assignments.forEach(a -> byRep.computeIfAbsent(a.repId(), k -> new ArrayList<>()).add(a));
            Map<String, List<PlanVersion>> byPlan = new HashMap<>();
            versions.forEach(v -> byPlan.computeIfAbsent(v.planId(), k -> new ArrayList<>()).add(v));
            Map<String, List<CreditSplit>> byDeal = new HashMap<>();
            splits.forEach(s -> byDeal.computeIfAbsent(s.dealId(), k -> new ArrayList<>()).add(s));
            Map<String, Cancellation> cancelled = new HashMap<>();
            cancellations.forEach(c -> cancelled.putIfAbsent(c.dealId(), c));
            return new Index(byRep, byPlan, byDeal, cancelled);
        }
    }

    /** @return the assignment of {@code repId} on {@code day} */
    public Optional<PlanAssignment> assignment(String repId, LocalDate day) {
        return index.assignmentsByRep().getOrDefault(repId, List.of()).stream().filter(a -> a.covers(day)).findFirst();
    }

    /** @return the version of {@code planId} in effect on {@code day} */
    public Optional<PlanVersion> version(String planId, LocalDate day) {
        return index.versionsByPlan().getOrDefault(planId, List.of()).stream().filter(v -> v.covers(day)).findFirst();
    }

    /** @return whether the Plans sheet has any version of {@code planId} */
    public boolean hasPlan(String planId) {
        return index.versionsByPlan().containsKey(planId);
    }

    /** @return the splits of a deal, in input order; empty when the owner gets the whole credit */
    public List<CreditSplit> splitsOf(String dealId) {
        return index.splitsByDeal().getOrDefault(dealId, List.of());
    }

    public Optional<Cancellation> cancellation(String dealId) {
        return Optional.ofNullable(index.cancellationByDeal().get(dealId));
    }

    /** @return the earliest day any rep is on a plan */
    public Optional<LocalDate> firstAssignedDay() {
        return assignments.stream().map(PlanAssignment::from).min(LocalDate::compareTo);
    }
}
