package org.salesaudit.forecast;

import java.time.YearMonth;
import java.util.Arrays;

/**
 * The periods and months of a simulation's horizon as epoch days: {@code periodStart[k]} is the first
 * day of period {@code k} and {@code periodStart[h]} the day after the horizon; {@code monthStart} and
 * {@code monthLength} give each month of the horizon (new deals are created month by month).
 */
record SimulationHorizon(long[] periodStart, long[] monthStart, int[] monthLength) {

    static SimulationHorizon of(ForecastPeriod period, YearMonth first, int periods) {
        long[] periodStart = new long[periods + 1];
        for (int k = 0; k <= periods; k++) {
            periodStart[k] = period.start(period.plus(first, k)).toEpochDay();
        }
        int months = periods * period.months();
        long[] monthStart = new long[months];
        int[] monthLength = new int[months];
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            monthStart[m] = month.atDay(1).toEpochDay();
            monthLength[m] = month.lengthOfMonth();
        }
        return new SimulationHorizon(periodStart, monthStart, monthLength);
    }

    int periods() {
        return periodStart.length - 1;
    }

    int months() {
        return monthStart.length;
    }

    /** @return the period of the horizon containing the epoch day, or -1 outside the horizon */
    int periodOf(long day) {
        if (day < periodStart[0] || day >= periodStart[periodStart.length - 1]) {
            return -1;
        }
        int found = Arrays.binarySearch(periodStart, day);
        return found >= 0 ? found : -found - 2;
    }
}
