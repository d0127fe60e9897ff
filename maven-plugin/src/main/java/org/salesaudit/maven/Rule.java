package org.salesaudit.maven;

/**
 * A bound on one figure of results.json, configured as
 * {@code <rule><key>audit.win_rate</key><min>0.25</min></rule>}. The figure must lie within
 * {@code [min, max]}; give at least one of the two.
 */
public class Rule {

    /** The figure's key, as documented in docs/results-json.md (e.g. {@code data_quality.errors}). */
    String key;

    /** The smallest allowed value (counts are whole numbers, ratios are fractions: 0.25 = 25 %). */
    String min;

    /** The largest allowed value. */
    String max;
}
