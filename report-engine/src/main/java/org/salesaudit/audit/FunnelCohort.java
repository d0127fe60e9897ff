package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.salesaudit.model.Lead;

/**
 * The leads created in the analysis window and how many of them reached each funnel step. Steps that no
 * lead of the cohort records (SAL in many CRMs) are left out; lead and customer are always present.
 */
final class FunnelCohort {

    /** A step and how many leads of the cohort reached it. */
    record StepCount(FunnelStep step, long reached) {
    }

    private final List<Lead> leads;
    private final List<StepCount> counts;

    private FunnelCohort(List<Lead> leads, List<StepCount> counts) {
        this.leads = leads;
        this.counts = counts;
    }

    static FunnelCohort of(List<Lead> allLeads, AuditSettings settings) {
        List<Lead> cohort = allLeads.stream()
                .filter(l -> l.created() != null && settings.inWindow(l.created().toLocalDate()))
                .toList();
        List<StepCount> counts = new ArrayList<>();
        for (FunnelStep step : FunnelStep.values()) {
            if (step == FunnelStep.LEAD || step == FunnelStep.CUSTOMER || cohort.stream().anyMatch(step::recordedBy)) {
                counts.add(new StepCount(step, cohort.stream().filter(step::reachedBy).count()));
            }
        }
        return new FunnelCohort(cohort, counts);
    }

    List<Lead> leads() {
        return leads;
    }

    boolean isEmpty() {
        return leads.isEmpty();
    }

    /** @return the steps in order with their counts, lead first, customer last */
    List<StepCount> counts() {
        return counts;
    }

    long customers() {
        return counts.get(counts.size() - 1).reached();
    }

    /**
     * @return the conversion into each step after the first (reached / reached the step before, ten
     *         decimals, HALF_UP); zero where the step before was reached by nobody
     */
    List<BigDecimal> stepRates() {
        List<BigDecimal> rates = new ArrayList<>();
        for (int i = 1; i < counts.size(); i++) {
            long previous = counts.get(i - 1).reached();
            rates.add(previous == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(counts.get(i).reached()).divide(BigDecimal.valueOf(previous), 10,
                            RoundingMode.HALF_UP));
        }
        return rates;
    }
}
