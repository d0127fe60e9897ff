package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.util.Currency;

import org.salesaudit.render.Messages;
import org.salesaudit.render.ValueFormatter;
import org.salesaudit.report.Axis;
import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Label;
import org.salesaudit.report.Value;

/** The words and numbers of a chart in the report's language, and how wide they are drawn. */
final class ChartText {

    /** Average advance of a Latin, Cyrillic or Arabic character, in ems. */
    private static final double NARROW_EM = 0.56;
    /** Advance of a Hangul or CJK character, in ems. */
    private static final double WIDE_EM = 1.0;

    private final Messages messages;
    private final ValueFormatter values;
    private final Currency currency;

    ChartText(Messages messages, ValueFormatter values, Currency currency) {
        this.messages = messages;
        this.values = values;
        this.currency = currency;
    }

    String label(Label label) {
        return label.isKey() ? messages.get(label.key()) : label.literal();
    }

    /** @return the axis title, or empty when the axis has no label key */
    String axisTitle(Axis axis) {
        return axis.labelKey().isEmpty() ? "" : messages.get(axis.labelKey());
    }

    String tick(AxisScale scale, BigDecimal value, int fractionDigits) {
        return values.tick(scale == AxisScale.CATEGORY ? AxisScale.NUMBER : scale, value, fractionDigits, currency);
    }

    /** A data value formatted like the report's values of the axis scale (funnel labels). */
    String value(AxisScale scale, BigDecimal value) {
        return switch (scale) {
            case MONEY -> values.format(new Value.Money(value, currency));
            case RATIO -> values.format(new Value.Ratio(value));
            case DAYS -> values.format(new Value.Quantity(value));
            case DATE -> tick(scale, value, 0);
            default -> value.stripTrailingZeros().scale() <= 0 ? values.format(new Value.Count(value.longValue()))
                    : values.format(new Value.Quantity(value));
        };
    }

    String ratio(BigDecimal fraction) {
        return values.format(new Value.Ratio(fraction));
    }

    String message(String key, java.util.List<String> args) {
        return messages.format(key, args);
    }

    static double width(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wide = (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0xA4CF)
                    || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60);
            ems += wide ? WIDE_EM : NARROW_EM;
        }
        return ems * fontSize;
    }
}
