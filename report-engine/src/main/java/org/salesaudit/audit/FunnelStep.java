package org.salesaudit.audit;

import java.time.LocalDate;
import java.util.function.Function;

import org.salesaudit.model.Lead;

/** The steps of the lead funnel, in order, each with the date a lead records for reaching it. */
enum FunnelStep {
    LEAD("lead", "Lead", l -> l.created() == null ? null : l.created().toLocalDate()),
    MQL("mql", "MQL", Lead::mqlDate),
    SAL("sal", "SAL", Lead::salDate),
    SQL("sql", "SQL", Lead::sqlDate),
    CUSTOMER("customer", "Customer", Lead::customerDate);

    private final String key;
    private final String label;
    private final Function<Lead, LocalDate> date;

    FunnelStep(String key, String label, Function<Lead, LocalDate> date) {
        this.key = key;
        this.label = label;
        this.date = date;
    }

    /** @return the key used in results.json (lead, mql, sal, sql, customer) */
    String key() {
        return key;
    }

    /** @return the lifecycle stage name as CRMs write it */
    String label() {
        return label;
    }

    /** @return whether the lead records a date for this very step */
    boolean recordedBy(Lead lead) {
        return date.apply(lead) != null;
    }

    /**
     * A lead reached a step when it records the step or any later one: a lead with an SQL date went
     * through MQL even where the export left the MQL date blank, so counts never rise along the funnel.
     */
    boolean reachedBy(Lead lead) {
        FunnelStep[] steps = values();
        for (int i = ordinal(); i < steps.length; i++) {
            if (steps[i].recordedBy(lead)) {
                return true;
            }
        }
        return false;
    }
}
