package org.salesaudit.commission.plans;

/** Whether a draw paid above the earned commission is owed back from later commissions. */
public enum DrawType {
    /** The shortfall is carried as a balance and recovered from later earnings above the draw. */
    RECOVERABLE,
    /** The draw is a guaranteed minimum; nothing is owed back. */
    NON_RECOVERABLE
}
