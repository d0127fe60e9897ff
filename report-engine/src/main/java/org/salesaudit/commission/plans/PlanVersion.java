package org.salesaudit.commission.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.salesaudit.model.SourceRef;

/**
 * One version of a commission plan, valid from {@code effectiveFrom} to {@code effectiveTo}
 * (inclusive; null when open-ended). Amounts are per month, in the reporting currency.
 *
 * @param tiers         the attainment brackets, sorted and contiguous from 0 %; a plan without a Tiers
 *                      row has one bracket from 0 % at its base rate
 * @param threshold     the minimum attainment (fraction) to earn any commission; 0 for none
 * @param capAmount     the most commission a month can earn, or null
 * @param capOfTarget   the most commission as a fraction of the target (0.2 = 20 % of target), or null
 * @param draw          the draw per month; zero for none
 * @param clawbackDays  a deal cancelled at most this many days after its commission was paid is clawed
 *                      back; zero for no clawback
 */
public record PlanVersion(
        String planId,
        String version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String level,
        BigDecimal baseSalary,
        BigDecimal target,
        TierMethod method,
        BigDecimal threshold,
        List<Tier> tiers,
        BigDecimal capAmount,
        BigDecimal capOfTarget,
        BigDecimal draw,
        DrawType drawType,
        int clawbackDays,
        List<Spif> spifs,
        SourceRef source) {

    public PlanVersion {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(baseSalary, "baseSalary");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(threshold, "threshold");
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a plan version needs at least one tier");
        }
        Objects.requireNonNull(draw, "draw");
        Objects.requireNonNull(drawType, "drawType");
        spifs = List.copyOf(spifs);
        Objects.requireNonNull(source, "source");
    }

    /** @return whether this version is in effect on {@code day} */
    public boolean covers(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** @return e.g. {@code AE-SENIOR v2} */
    public String label() {
        return planId + " " + version;
    }
}
