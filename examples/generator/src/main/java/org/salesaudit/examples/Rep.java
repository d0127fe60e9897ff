package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A sales rep as listed on the Reps sheet, with the hidden profile that drives the data. */
record Rep(String id, String name, Team team, boolean senior, String manager, Region region,
        LocalDate start, LocalDate end, String language, RepProfile profile) {

    static final int RAMP_MONTHS = 3;

    String level() {
        return senior ? "Senior" : "Junior";
    }

    boolean employedOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** Whole months between the start date and {@code date}. */
    long monthsIn(LocalDate date) {
        return ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1));
    }

    /** The rep's effective skill on a date: the trend of the profile, damped while ramping up. */
    double skillOn(LocalDate date) {
        double skill = profile.skill() * profile.trendAt(DataWindow.elapsed(date));
        long months = monthsIn(date);
        if (months < RAMP_MONTHS + 1) {
            skill *= 0.55 + 0.45 * Math.max(0, months) / (RAMP_MONTHS + 1);
        }
        return skill;
    }

    /** Multiplier of the amounts of the deals the rep opens on a date. */
    double dealSizeOn(LocalDate date) {
        return profile.dealSize() * Math.sqrt(profile.trendAt(DataWindow.elapsed(date)));
    }

    /** Relative share of new leads routed to the rep on a date (new hires get fewer at first). */
    double leadWeight(LocalDate date) {
        double weight = senior ? 1.6 : 1.0;
        return monthsIn(date) < 2 ? weight * 0.5 : weight;
    }
}
