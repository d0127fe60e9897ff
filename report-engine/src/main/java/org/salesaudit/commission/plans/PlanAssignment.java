package org.salesaudit.commission.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.salesaudit.model.SourceRef;

/**
 * A rep on a plan from {@code from} to {@code to} (inclusive; null when open-ended).
 *
 * @param ramp the share of the plan's target that applies (a new hire ramping up: 0.5 = half the
 *             target); 1 for the full target
 */
public record PlanAssignment(String repId, String planId, LocalDate from, LocalDate to, BigDecimal ramp,
        SourceRef source) {

    public PlanAssignment {
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(ramp, "ramp");
        Objects.requireNonNull(source, "source");
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
