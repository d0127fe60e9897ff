package org.salesaudit.commission.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every plan version, assignment, split and cancellation of the input, checked (see {@link PlanChecks}). */
public record PlanBook(List<PlanVersion> versions, List<PlanAssignment> assignments, List<CreditSplit> splits,
        List<Cancellation> cancellations) {

    public PlanBook {
        versions = List.copyOf(versions);
        assignments = List.copyOf(assignments);
        splits = List.copyOf(splits);
        cancellations = List.copyOf(cancellations);
    }

    /** @return the assignment of {@code repId} on {@code day} */
    public Optional<PlanAssignment> assignment(String repId, LocalDate day) {
        return assignments.stream().filter(a -> a.repId().equals(repId) && a.covers(day)).findFirst();
    }

    /** @return the version of {@code planId} in effect on {@code day} */
    public Optional<PlanVersion> version(String planId, LocalDate day) {
        return versions.stream().filter(v -> v.planId().equals(planId) && v.covers(day)).findFirst();
    }

    /** @return the splits of a deal, in input order; empty when the owner gets the whole credit */
    public List<CreditSplit> splitsOf(String dealId) {
        List<CreditSplit> of = new ArrayList<>();
        for (CreditSplit s : splits) {
            if (s.dealId().equals(dealId)) {
                of.add(s);
            }
        }
        return of;
    }

    public Optional<Cancellation> cancellation(String dealId) {
        return cancellations.stream().filter(c -> c.dealId().equals(dealId)).findFirst();
    }

    /** @return the earliest day any rep is on a plan */
    public Optional<LocalDate> firstAssignedDay() {
        return assignments.stream().map(PlanAssignment::from).min(LocalDate::compareTo);
    }
}
