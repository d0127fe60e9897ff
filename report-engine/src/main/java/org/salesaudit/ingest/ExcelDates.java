package org.salesaudit.ingest;

import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns Excel date serial numbers into date-times (1900 or 1904 date system) as POI does, remembering the
 * whole-day serials it has seen: a sheet of a million deals has only a few thousand distinct dates.
 */
final class ExcelDates {

    private static final int SLOTS = 8192;

    private final boolean date1904;
    private final double[] serials = new double[SLOTS];
    private final LocalDateTime[] values = new LocalDateTime[SLOTS];

    ExcelDates(boolean date1904) {
        this.date1904 = date1904;
    }

    /** @return the date-time of a valid Excel date serial, e.g. 45000 is 2023-03-15T00:00 in the 1900 system */
    LocalDateTime of(double serial) {
        int day = (int) serial;
        if (day != serial) {
            return DateUtil.getLocalDateTime(serial, date1904);
        }
        int slot = day & (SLOTS - 1);
        LocalDateTime cached = values[slot];
        if (cached != null && serials[slot] == serial) {
            return cached;
        }
        LocalDateTime value = DateUtil.getLocalDateTime(serial, date1904);
        serials[slot] = serial;
        values[slot] = value;
        return value;
    }
}
