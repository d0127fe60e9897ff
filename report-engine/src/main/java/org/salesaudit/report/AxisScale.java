package org.salesaudit.report;

/** What the numbers on an axis are, so renderers format tick labels like the report's values. */
public enum AxisScale {
    CATEGORY, NUMBER, MONEY, RATIO, DAYS, DATE
}
