package org.salesaudit.problem;

/**
 * What a data problem means for the run: the default collects problems and reports them (the report
 * lists them in its data-quality appendix); {@code --strict} refuses the input when it has any
 * problem at all, listing every one (a build pipeline wants to fail on a bad cell).
 */
public enum ProblemPolicy {
    /** Collect every problem; only data that leaves nothing to report is unusable. */
    COLLECT,
    /** Any problem, even a repaired value, makes the input unusable. */
    STRICT
}
