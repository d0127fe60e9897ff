package org.salesaudit.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

/** Seasonality and business-day arithmetic of the example company. */
final class BusinessCalendar {

    /** Relative lead volume per month, January first: Q4 and quarter-end peaks, a summer dip. */
    private static final double[] LEAD_SEASON = {
        0.95, 1.00, 1.12, 1.00, 1.02, 0.92, 0.72, 0.68, 1.05, 1.18, 1.16, 0.86
    };

    private BusinessCalendar() {
    }

    static double leadSeason(LocalDate date) {
        return LEAD_SEASON[date.getMonthValue() - 1];
    }

    /** Work slows down in July and August: stage durations stretch. */
    static double summerSlowdown(LocalDate date) {
        int month = date.getMonthValue();
        return month == 7 || month == 8 ? 1.3 : 1.0;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** The date itself if it is a weekday, else the following Monday. */
    static LocalDate onOrAfterBusinessDay(LocalDate date) {
        LocalDate day = date;
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The date itself if it is a weekday, else the preceding Friday. */
    static LocalDate onOrBeforeBusinessDay(LocalDate date) {
        LocalDate day = date;
        while (isWeekend(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    static LocalDate endOfMonth(LocalDate date) {
        return YearMonth.from(date).atEndOfMonth();
    }

    static LocalDate endOfQuarter(LocalDate date) {
        int lastMonth = ((date.getMonthValue() - 1) / 3) * 3 + 3;
        return YearMonth.of(date.getYear(), lastMonth).atEndOfMonth();
    }

    static boolean inFourthQuarter(LocalDate date) {
        return date.getMonthValue() >= 10;
    }

    /** Moves a moment into working hours (08:00 to 18:00 on a weekday), never earlier. */
    static LocalDateTime intoWorkingHours(LocalDateTime moment) {
        LocalDateTime t = moment;
        if (t.toLocalTime().isBefore(LocalTime.of(8, 0))) {
            t = t.toLocalDate().atTime(8, 0).plusMinutes(t.getMinute() % 30);
        } else if (!t.toLocalTime().isBefore(LocalTime.of(18, 0))) {
            t = t.toLocalDate().plusDays(1).atTime(8, 0).plusMinutes(t.getMinute() % 30);
        }
        if (isWeekend(t.toLocalDate())) {
            t = onOrAfterBusinessDay(t.toLocalDate()).atTime(8, 0).plusMinutes(t.getMinute() % 30);
        }
        return t;
    }

    /** A moment during working hours on the given day. */
    static LocalDateTime workingMoment(LocalDate day, Rng rng) {
        int minute = rng.between(8 * 60, 17 * 60 + 50);
        return day.atTime(minute / 60, minute % 60);
    }
}
