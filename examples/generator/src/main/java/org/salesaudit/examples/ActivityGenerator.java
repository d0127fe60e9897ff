package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Calls, e-mails and meetings. A lead's first activity is its first touch; follow-ups go on until
 * the lead is qualified or dropped (dropped leads are often abandoned after one or two tries).
 * Deals get a meeting at the demo and follow-ups until they close: won deals mostly five or more,
 * lost ones fewer, persistent reps more. Stale deals fall silent.
 */
final class ActivityGenerator {

    private final RepRoster roster;
    private final Rng rng;
    private final List<Activity> activities = new ArrayList<>();

    ActivityGenerator(RepRoster roster, Rng rng) {
        this.roster = roster;
        this.rng = rng;
    }

    void forLead(Lead lead) {
        if (lead.firstTouch == null) {
            return;
        }
        Rep first = roster.ownerOn(lead.routedTo, lead.firstTouch.toLocalDate());
        String firstType = rng.chance(lead.form.warm ? 0.65 : 0.4) ? "Call" : "Email";
        activities.add(touch(lead.firstTouch, first, lead.id, null, firstType));
        LocalDate end = lead.sqlDate != null ? lead.sqlDate : lead.closedOn();
        double mean;
        if (lead.sqlDate != null) {
            mean = 1.6;
        } else if (lead.salDate != null) {
            mean = 1.8;
        } else {
            mean = 0.9;
        }
        if (end == null) {
            end = lead.firstTouch.toLocalDate().plusDays(21);
        }
        int followUps = rng.poisson(mean * first.profile().persistence());
        for (int i = 0; i < followUps; i++) {
            LocalDateTime at = momentBetween(lead.firstTouch.toLocalDate(), end);
            if (at != null && at.isAfter(lead.firstTouch)) {
                Rep rep = roster.ownerOn(lead.routedTo, at.toLocalDate());
                activities.add(touch(at, rep, lead.id, null, rng.chance(0.55) ? "Email" : "Call"));
            }
        }
    }

    void forDeal(Deal deal) {
        String leadId = deal.leadId();
        LocalDate end = deal.isOpen() ? DataWindow.AS_OF : deal.closeDate();
        if (deal.stallAt != null) {
            end = min(end, deal.lastMovement().plusDays(20));
        }
        for (StageEntry entry : deal.history) {
            if (entry.stage() == Stage.DEMO) {
                Rep rep = roster.ownerOn(deal.openedBy, entry.enteredOn());
                LocalDateTime at = BusinessCalendar.workingMoment(entry.enteredOn(), rng);
                activities.add(new Activity(at, rep.id(), leadId, deal.id, "Meeting", rng.chance(0.5) ? 45 : 60, true));
            }
        }
        Rep opener = roster.ownerOn(deal.openedBy, deal.created);
        double persistence = opener.profile().persistence();
        double median;
        if (deal.isWon()) {
            median = 7.0 * persistence;
        } else if (deal.isOpen()) {
            median = 2.0 + 4.0 * Math.min(1.0, ChronoUnit.DAYS.between(deal.created, end) / 60.0) * persistence;
        } else {
            median = 3.5 * persistence;
        }
        int touches = Math.max(1, (int) Math.round(rng.logNormal(median, 0.4)));
        for (int i = 0; i < touches; i++) {
            LocalDateTime at = momentBetween(deal.created, end);
            if (at != null && !beforeFirstTouch(deal.lead, at)) {
                Rep rep = roster.ownerOn(deal.openedBy, at.toLocalDate());
                activities.add(touch(at, rep, leadId, deal.id, dealTouchType()));
            }
        }
    }

    /** True when a deal activity would come before the lead's first touch (the same day at most). */
    private static boolean beforeFirstTouch(Lead lead, LocalDateTime at) {
        return lead != null && lead.firstTouch != null && !at.isAfter(lead.firstTouch);
    }

    /** All activities of the window in time order. */
    List<Activity> sorted() {
        LocalDateTime start = DataWindow.START.atStartOfDay();
        List<Activity> sorted = new ArrayList<>();
        for (Activity activity : activities) {
            if (!activity.at().isBefore(start)) {
                sorted.add(activity);
            }
        }
        sorted.sort(Comparator.comparing(Activity::at));
        return sorted;
    }

    private String dealTouchType() {
        double draw = rng.uniform();
        if (draw < 0.42) {
            return "Call";
        }
        return draw < 0.85 ? "Email" : "Meeting";
    }

    private Activity touch(LocalDateTime at, Rep rep, String leadId, String dealId, String type) {
        return switch (type) {
            case "Call" -> {
                boolean reached = rng.chance(rep.profile().reach());
                int minutes = reached ? (int) Math.max(3, Math.round(rng.logNormal(12, 0.5))) : rng.between(1, 2);
                yield new Activity(at, rep.id(), leadId, dealId, type, minutes, reached);
            }
            case "Email" -> new Activity(at, rep.id(), leadId, dealId, type, rng.between(3, 9),
                    rng.chance(rep.profile().reach() * 0.6));
            default -> new Activity(at, rep.id(), leadId, dealId, type, rng.chance(0.6) ? 30 : 45, rng.chance(0.9));
        };
    }

    /** A working moment on a random business day between two days, never after the as-of date. */
    private LocalDateTime momentBetween(LocalDate from, LocalDate to) {
        LocalDate last = min(to, DataWindow.AS_OF);
        long span = ChronoUnit.DAYS.between(from, last);
        if (span < 0) {
            return null;
        }
        LocalDate day = from.plusDays(rng.between(0, (int) span));
        day = BusinessCalendar.onOrBeforeBusinessDay(day);
        if (day.isBefore(from)) {
            day = BusinessCalendar.onOrAfterBusinessDay(from);
            if (day.isAfter(last)) {
                return null;
            }
        }
        return BusinessCalendar.workingMoment(day, rng);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
