package org.salesaudit.report;

/** How a chart draws its series. */
public enum ChartKind {
    /** Bars per category; several series are grouped. */
    BAR,
    /** Lines over x; a series with lows and highs is drawn as a shaded band (forecast intervals). */
    LINE,
    /** Points at (x, y), each labelled (rep quadrants). */
    SCATTER,
    /** Decreasing horizontal bars, one per funnel step. */
    FUNNEL,
    /** Step lines (Kaplan–Meier survival curves). */
    STEP
}
