package org.salesaudit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Chooses the deals whose Deals row is deliberately dirtied, by fixed rules from fixed row
 * positions (so the choice is as deterministic as the data), and collects the addresses the
 * writer reports back. Only closed deals are touched, so the open pipeline stays clean.
 */
final class DirtyCells {

    /** The kinds of dirt on the Deals sheet. */
    enum Kind {
        AMOUNT_AS_TEXT,
        AMOUNT_UNREADABLE,
        CLOSE_DATE_AS_TEXT,
        UNKNOWN_OWNER,
        DUPLICATE_ROW
    }

    static final String UNKNOWN_OWNER_ID = "R99";

    private final Map<Deal, Kind> plan = new IdentityHashMap<>();
    private final List<DirtyCell> cells = new ArrayList<>();

    static DirtyCells choose(List<Deal> deals) {
        DirtyCells dirty = new DirtyCells();
        Predicate<Deal> closedOver1000 = deal -> !deal.isOpen() && deal.amount() >= 1_000;
        Predicate<Deal> lost = deal -> deal.stage() == Stage.LOST;
        Predicate<Deal> closedIn2025 = deal -> !deal.isOpen() && deal.closeDate().getYear() == 2025;
        dirty.pick(deals, 55, closedOver1000, Kind.AMOUNT_AS_TEXT);
        dirty.pick(deals, 214, closedIn2025, Kind.CLOSE_DATE_AS_TEXT);
        dirty.pick(deals, 420, closedOver1000, Kind.AMOUNT_AS_TEXT);
        dirty.pick(deals, 530, lost, Kind.UNKNOWN_OWNER);
        dirty.pick(deals, 730, lost, Kind.AMOUNT_UNREADABLE);
        dirty.pick(deals, 880, closedIn2025, Kind.CLOSE_DATE_AS_TEXT);
        dirty.pick(deals, 1_010, closedOver1000, Kind.AMOUNT_AS_TEXT);
        dirty.pick(deals, 1_180, Deal::isWon, Kind.DUPLICATE_ROW);
        return dirty;
    }

    private void pick(List<Deal> deals, int from, Predicate<Deal> fits, Kind kind) {
        for (int i = from; i < deals.size(); i++) {
            Deal deal = deals.get(i);
            if (!plan.containsKey(deal) && fits.test(deal)) {
                plan.put(deal, kind);
                return;
            }
        }
        throw new IllegalStateException("no deal fits " + kind + " after row " + from);
    }

    Kind kindOf(Deal deal) {
        return plan.get(deal);
    }

    void record(String sheet, String address, Deal deal, String written, String meaning) {
        cells.add(new DirtyCell(sheet, address, deal.id, written, meaning));
    }

    List<DirtyCell> cells() {
        return List.copyOf(cells);
    }

    static String isoText(LocalDate date) {
        return date.toString();
    }
}
