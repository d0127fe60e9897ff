package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Walks a deal through the stages (each move on a business day) until it is won, lost, stuck or
 * reaches the as-of date. Reps estimate the close date optimistically and push it when the deal
 * slips; wins bunch up at quarter ends and in the fourth quarter.
 */
final class DealSimulator {

    private static final double SKIP_TRIAL = 0.2;
    private static final double RENEWAL_WIN = 0.82;

    private final RepRoster roster;
    private final Rng rng;

    DealSimulator(RepRoster roster, Rng rng) {
        this.roster = roster;
        this.rng = rng;
    }

    void simulate(Deal deal, DealSpec spec) {
        LocalDate day = BusinessCalendar.onOrAfterBusinessDay(spec.created());
        deal.created = day;
        Stage stage = spec.type().firstStage;
        double amount = spec.amount();
        LocalDate expected = spec.renewalDate() != null ? spec.renewalDate() : estimate(day, stage, spec);
        deal.history.add(new StageEntry(stage, day, amount, expected));
        while (stage != spec.stallAt()) {
            boolean forced = spec.stallAt() != null;
            boolean moveOn = forced || rng.chance(moveOnChance(stage, day, spec));
            LocalDate next = decisionDay(stage, day, spec, moveOn);
            if (next.isAfter(DataWindow.AS_OF)) {
                return;
            }
            if (!moveOn) {
                deal.history.add(new StageEntry(Stage.LOST, next, amount, next));
                return;
            }
            if (stage == Stage.NEGOTIATION) {
                LocalDate won = quarterEndPush(next);
                deal.history.add(new StageEntry(Stage.WON, won, amount, won));
                return;
            }
            Stage following = stage == Stage.DEMO && rng.chance(SKIP_TRIAL) ? Stage.NEGOTIATION : stage.next();
            amount = renegotiate(following, amount);
            if (!next.isBefore(expected.minusDays(3)) || rng.chance(0.12)) {
                expected = estimate(next, following, spec);
            }
            deal.history.add(new StageEntry(following, next, amount, expected));
            stage = following;
            day = next;
        }
    }

    private double moveOnChance(Stage stage, LocalDate day, DealSpec spec) {
        Rep rep = roster.ownerOn(spec.openedBy(), day);
        if (spec.type() == DealType.RENEWAL) {
            return Rng.scaleOdds(RENEWAL_WIN, Math.sqrt(rep.skillOn(day)));
        }
        double factor = rep.skillOn(day) * spec.winFactor() * spec.type().oddsFactor;
        if (stage == Stage.NEGOTIATION && BusinessCalendar.inFourthQuarter(day)) {
            factor *= 1.6;
        }
        return Rng.scaleOdds(stage.moveOn, factor);
    }

    private LocalDate decisionDay(Stage stage, LocalDate day, DealSpec spec, boolean moveOn) {
        if (spec.type() == DealType.RENEWAL) {
            LocalDate target = spec.renewalDate().plusDays(Math.round(rng.gaussian() * 8));
            return BusinessCalendar.onOrAfterBusinessDay(target.isAfter(day) ? target : day.plusDays(3));
        }
        double median = stage.medianDays * (spec.enterprise() ? 2.0 : 1.0) * Math.sqrt(spec.speed())
                * BusinessCalendar.summerSlowdown(day) * budgetFlush(stage, day);
        double days = rng.logNormal(median, 0.6) * (moveOn ? 1.0 : 1.3);
        return BusinessCalendar.onOrAfterBusinessDay(day.plusDays(Math.max(1, Math.round(days))));
    }

    /** Buyers with a budget to spend before the year ends decide faster in the fourth quarter. */
    private static double budgetFlush(Stage stage, LocalDate day) {
        boolean late = stage == Stage.TRIAL || stage == Stage.NEGOTIATION;
        return late && BusinessCalendar.inFourthQuarter(day) ? 0.7 : 1.0;
    }

    /** Many wins are held back or pulled in to land in the last days of the quarter. */
    private LocalDate quarterEndPush(LocalDate won) {
        if (!rng.chance(BusinessCalendar.inFourthQuarter(won) ? 0.6 : 0.45)) {
            return won;
        }
        LocalDate end = BusinessCalendar.endOfQuarter(won);
        LocalDate target = BusinessCalendar.onOrBeforeBusinessDay(end.minusDays(rng.between(0, 6)));
        long wait = ChronoUnit.DAYS.between(won, target);
        return wait > 0 && wait <= 40 && !target.isAfter(DataWindow.AS_OF) ? target : won;
    }

    private double renegotiate(Stage entering, double amount) {
        if (entering == Stage.TRIAL && rng.chance(0.12)) {
            return Money.round(amount * rng.uniform(1.1, 1.3));
        }
        if (entering == Stage.NEGOTIATION && rng.chance(0.45)) {
            return Money.round(amount * rng.uniform(0.85, 0.95));
        }
        return amount;
    }

    /** The rep's optimistic close date: three quarters of the typical remaining time, often month-end. */
    private LocalDate estimate(LocalDate day, Stage stage, DealSpec spec) {
        double days = stage.remainingMedianDays() * (spec.enterprise() ? 2.0 : 1.0) * 0.75 * rng.uniform(0.7, 1.3);
        LocalDate date = day.plusDays(Math.max(7, Math.round(days)));
        if (rng.chance(0.65)) {
            date = BusinessCalendar.endOfMonth(date);
        }
        return BusinessCalendar.onOrBeforeBusinessDay(date);
    }
}
