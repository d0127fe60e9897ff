package org.salesaudit.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates rules over the figures of a results.json. A rule on a figure that results.json does not
 * have, or has without a value, fails when {@code failOnMissingKey} is set and is skipped otherwise;
 * a rule on a figure that is not a number (a date) always fails.
 */
public final class FigureCheck {

    private final boolean failOnMissingKey;

    /** @param failOnMissingKey whether a rule on an absent (or {@code null}) figure fails */
    public FigureCheck(boolean failOnMissingKey) {
        this.failOnMissingKey = failOnMissingKey;
    }

    /** @return one result per rule, in order */
    public CheckReport check(ResultsFigures figures, List<FigureRule> rules) {
        List<RuleResult> results = new ArrayList<>();
        for (FigureRule rule : rules) {
            results.add(check(figures, rule));
        }
        return new CheckReport(figures.file(), results);
    }

    private RuleResult check(ResultsFigures figures, FigureRule rule) {
        String key = rule.key();
        if (!figures.has(key)) {
            return missing(rule, "results.json has no figure " + key + " (this version of salesaudit, or this "
                    + "data, does not produce it; docs/results-json.md lists the figures)");
        }
        if (figures.hasNoValue(key)) {
            return missing(rule, "figure " + key + " has no value in results.json (it cannot be computed from this data)");
        }
        Optional<BigDecimal> number = figures.number(key);
        if (number.isEmpty()) {
            return new RuleResult(rule, RuleStatus.FAILED, Optional.empty(), rule.name() + ": figure " + key
                    + " is \"" + figures.text(key).orElse("") + "\", not a number, so it cannot be " + rule.bounds());
        }
        BigDecimal value = number.get();
        String shown = rule.name() + ": " + key + " is " + value.toPlainString();
        if (rule.min().isPresent() && value.compareTo(rule.min().get()) < 0) {
            return new RuleResult(rule, RuleStatus.FAILED, number,
                    shown + ", below the minimum " + rule.min().get().toPlainString());
        }
        if (rule.max().isPresent() && value.compareTo(rule.max().get()) > 0) {
            return new RuleResult(rule, RuleStatus.FAILED, number,
                    shown + ", above the maximum " + rule.max().get().toPlainString());
        }
        return new RuleResult(rule, RuleStatus.PASSED, number, shown + ", " + rule.bounds() + " as required");
    }

    private RuleResult missing(FigureRule rule, String why) {
        RuleStatus status = failOnMissingKey ? RuleStatus.FAILED : RuleStatus.SKIPPED;
        String consequence = failOnMissingKey ? " (set failOnMissingKey to false to skip such rules)" : " (rule skipped)";
        return new RuleResult(rule, status, Optional.empty(), rule.name() + ": " + why + consequence);
    }
}
