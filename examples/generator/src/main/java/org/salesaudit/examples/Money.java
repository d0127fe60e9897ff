package org.salesaudit.examples;

/** Rounding of USD amounts as a CRM user would type them. */
final class Money {

    private Money() {
    }

    /** Rounds to whole tens of dollars. */
    static double round(double amount) {
        return Math.round(amount / 10.0) * 10.0;
    }
}
