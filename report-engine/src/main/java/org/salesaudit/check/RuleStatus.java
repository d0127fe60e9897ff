package org.salesaudit.check;

/** How a rule came out. */
public enum RuleStatus {
    /** The figure is within the bounds. */
    PASSED,
    /** The figure is outside the bounds, or (when missing keys fail) absent or without a value. */
    FAILED,
    /** The figure is absent or without a value, and missing keys do not fail. */
    SKIPPED
}
