package org.salesaudit.cli;

import java.io.PrintWriter;

import org.salesaudit.engine.CommissionProgress;

/**
 * Shows how many statements are written: a bar redrawn in place on a terminal, a plain line every
 * tenth of the batch (and at the end) otherwise, so logs stay readable.
 */
final class ProgressReport implements CommissionProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private int lastTenth = -1;

    ProgressReport(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void statementWritten(int done, int total) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\rStatements [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            if (done == total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth || done == total) {
            lastTenth = tenth;
            err.println("Statements written: " + done + " of " + total);
            err.flush();
        }
    }
}
