package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the tier calculation as a statement shows it.
 *
 * @param kind   what the step is
 * @param from   the attainment bracket start (fraction of target), or null when not a bracket
 * @param to     the bracket end, or null (open-ended, or not a bracket)
 * @param base   the credit the rate applies to (for {@code CAP}: the commission before the cap;
 *               for {@code THRESHOLD}: the credit needed)
 * @param rate   the rate (for {@code CAP}: null)
 * @param amount the result of the step, rounded half-up to the currency's scale
 */
public record CalculationStep(Kind kind, BigDecimal from, BigDecimal to, BigDecimal base, BigDecimal rate,
        BigDecimal amount) {

    /** The kinds of steps. */
    public enum Kind {
        /** The whole credit at the rate of the tier reached. */
        TIER,
        /** One bracket of credit at its rate. */
        BRACKET,
        /** Attainment below the threshold: nothing is earned. */
        BELOW_THRESHOLD,
        /** The commission was limited to the cap ({@code amount} is the cap). */
        CAP
    }

    public CalculationStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
    }
}
