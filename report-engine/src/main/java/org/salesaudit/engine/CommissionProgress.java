package org.salesaudit.engine;

/** Told after each statement is written, for a progress bar or log lines. */
@FunctionalInterface
public interface CommissionProgress {

    /** Reports nothing. */
    CommissionProgress NONE = (done, total) -> { };

    /** @param done statements written so far, out of {@code total} */
    void statementWritten(int done, int total);
}
