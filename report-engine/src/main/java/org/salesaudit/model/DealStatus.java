package org.salesaudit.model;

/** Whether a deal is still open, or closed as won or lost. */
public enum DealStatus {
    OPEN, WON, LOST;

    /** @return true for won and lost deals */
    public boolean isClosed() {
        return this != OPEN;
    }
}
