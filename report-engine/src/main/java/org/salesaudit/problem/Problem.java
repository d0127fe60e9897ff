package org.salesaudit.problem;

import java.util.Objects;

/**
 * A problem in the user's data, as a value: where it is, what was expected there, what was found,
 * and what was done about it.
 *
 * @param code     a stable identifier of the kind of problem (e.g. {@code amount.not_a_number}),
 *                 documented in docs/results-json.md
 * @param expected what the cell or table should hold, in plain words
 * @param found    what it held (may be empty)
 * @param action   what salesaudit did: e.g. "row skipped", "read as 12500"
 */
public record Problem(Severity severity, String code, CellLocation at, String expected, String found, String action) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(expected, "expected");
        found = found == null ? "" : found;
        action = action == null ? "" : action;
    }

    public static Problem error(String code, CellLocation at, String expected, String found, String action) {
        return new Problem(Severity.ERROR, code, at, expected, found, action);
    }

    public static Problem warning(String code, CellLocation at, String expected, String found, String action) {
        return new Problem(Severity.WARNING, code, at, expected, found, action);
    }

    /** @return one line for a terminal or a log: place, expectation, finding, action */
    public String message() {
        StringBuilder s = new StringBuilder(at.describe()).append(": expected ").append(expected);
        if (!found.isEmpty()) {
            s.append(", found \"").append(found).append('"');
        }
        if (!action.isEmpty()) {
            s.append(" (").append(action).append(')');
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return severity + " " + message();
    }
}
