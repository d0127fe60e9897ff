package org.salesaudit.problem;

/** How bad a data problem is. */
public enum Severity {
    /** The value could not be used: the row (or the whole table) was left out. */
    ERROR,
    /** The value was repaired or is suspicious; it was used. */
    WARNING
}
