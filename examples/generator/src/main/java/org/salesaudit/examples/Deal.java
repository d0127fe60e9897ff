package org.salesaudit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A deal: one row of the Deals sheet and its rows of the StageHistory sheet. */
final class Deal {

    String id;
    Lead lead;
    Customer customer;
    String account;
    /** The rep who opened the deal; {@link #owner} is who owns it at its close or at the as-of date. */
    String openedBy;
    String owner;
    DealType type;
    Product product;
    Region region;
    boolean enterprise;
    LocalDate created;
    /** The stage where the deal got stuck, or null: a stale deal never moves again. */
    Stage stallAt;
    final List<StageEntry> history = new ArrayList<>();

    /** The Lead ID column: blank for expansion deals and for deals whose lead predates the window. */
    String leadId() {
        return lead == null ? null : lead.id;
    }

    /** True when the deal belongs in the workbook: opened in the window, or still open when it began. */
    boolean inWindow() {
        return !created.isBefore(DataWindow.START) || isOpen() || !closeDate().isBefore(DataWindow.START);
    }

    StageEntry last() {
        return history.get(history.size() - 1);
    }

    Stage stage() {
        return last().stage();
    }

    boolean isOpen() {
        return stage().isOpen();
    }

    boolean isWon() {
        return stage() == Stage.WON;
    }

    double amount() {
        return last().amount();
    }

    /** Actual close date of a closed deal, expected close date of an open one. */
    LocalDate closeDate() {
        return last().closeDate();
    }

    String status() {
        return switch (stage()) {
            case WON -> "Won";
            case LOST -> "Lost";
            default -> "Open";
        };
    }

    /** The last day the deal saw any movement: its close, or its last stage change while open. */
    LocalDate lastMovement() {
        return last().enteredOn();
    }
}
