package org.salesaudit.render.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Value;

/** Turns the numbers of a chart axis into typed report values, so they get the workbook's number formats. */
final class ChartValues {

    private ChartValues() {
    }

    /** @param number for {@link AxisScale#DATE} a day number ({@link LocalDate#toEpochDay()}) */
    static Value of(AxisScale scale, BigDecimal number, Currency currency) {
        return switch (scale) {
            case MONEY -> new Value.Money(number, currency);
            case RATIO -> new Value.Ratio(number);
            case DATE -> new Value.Date(LocalDate.ofEpochDay(number.setScale(0, RoundingMode.HALF_UP).longValueExact()));
            default -> isWhole(number) ? new Value.Count(number.longValueExact()) : new Value.Quantity(number);
        };
    }

    /** @return the number a cell holds for {@code value}: what {@link SheetWriter#value} writes */
    static Double number(Value value) {
        if (value instanceof Value.Date d) {
            return org.apache.poi.ss.usermodel.DateUtil.getExcelDate(d.date());
        }
        return SheetWriter.number(value);
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0
                && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
    }
}
