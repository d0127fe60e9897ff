package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.salesaudit.commission.plans.PlanVersion;

/**
 * The part of a month a rep spent on one plan version: its prorated target, base salary and cap, the
 * deals credited in it, and the tier calculation.
 *
 * @param days       days of the month in the segment
 * @param monthDays  days in the month
 * @param ramp       the share of the target that applies (new-hire ramp), 1 for the full target
 */
public record Segment(PlanVersion plan, LocalDate from, LocalDate to, int days, int monthDays, BigDecimal ramp,
        BigDecimal target, BigDecimal baseSalary, BigDecimal cap, BigDecimal credit, BigDecimal attainment,
        List<CalculationStep> steps, BigDecimal commission, List<CreditLine> lines) {

    public Segment {
        steps = List.copyOf(steps);
        lines = List.copyOf(lines);
    }

    /** @return whether the segment is the whole month */
    public boolean wholeMonth() {
        return days == monthDays;
    }
}
