package org.salesaudit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deal entering a stage, from the stage history. Amount and close date are the values recorded
 * at that moment, {@code null} when the history does not carry them.
 */
public record StageChange(String dealId, String stage, LocalDate enteredOn, BigDecimal amount, LocalDate closeDate,
        SourceRef source) {

    public StageChange {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(enteredOn, "enteredOn");
        Objects.requireNonNull(source, "source");
    }
}
