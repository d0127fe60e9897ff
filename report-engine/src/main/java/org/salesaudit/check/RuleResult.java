package org.salesaudit.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one rule.
 *
 * @param rule    the rule
 * @param status  passed, failed or skipped
 * @param value   the figure's value, when results.json has one
 * @param message one line for a log or a CI report, naming the rule, the key, the value and the bounds
 */
public record RuleResult(FigureRule rule, RuleStatus status, Optional<BigDecimal> value, String message) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }
}
