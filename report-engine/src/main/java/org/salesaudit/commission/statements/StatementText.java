package org.salesaudit.commission.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.salesaudit.commission.calculation.CalculationStep;
import org.salesaudit.commission.calculation.Clawback;
import org.salesaudit.commission.calculation.Segment;
import org.salesaudit.render.Messages;
import org.salesaudit.render.ValueFormatter;
import org.salesaudit.render.template.ReportDocument;
import org.salesaudit.report.Value;

/**
 * The words and number formats of one statement language: money with the currency, attainment with
 * one decimal, rates and shares with up to two, dates in the locale's style, months as YYYY-MM.
 * Right-to-left languages get Latin digits, like the report.
 */
public final class StatementText {

    private final Messages messages;
    private final ValueFormatter values;
    private final Locale numberLocale;
    private final Currency currency;
    private final RoundingMode rounding;
    private final boolean rightToLeft;

    public StatementText(Locale locale, Currency currency) {
        this(locale, currency, RoundingMode.HALF_UP);
    }

    /** @param rounding the rounding rule of the run, stated on the statement */
    public StatementText(Locale locale, Currency currency, RoundingMode rounding) {
        this.messages = Messages.forLocale(locale);
        this.rightToLeft = ReportDocument.isRightToLeft(locale);
        this.numberLocale = rightToLeft && locale.getUnicodeLocaleType("nu") == null
                ? new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build() : locale;
        this.values = new ValueFormatter(numberLocale);
        this.currency = currency;
        this.rounding = rounding;
    }

    /** @return the sentence stating how the amounts were rounded (half up, or half to even) */
    public String roundingNote() {
        return text(rounding == RoundingMode.HALF_EVEN ? "commission.statement.roundingHalfEven"
                : "commission.statement.rounding");
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return messages.locale();
    }

    public String text(String key) {
        return messages.get(key);
    }

    public String text(String key, String... args) {
        return messages.format(key, List.of(args));
    }

    public String money(BigDecimal amount) {
        return values.format(new Value.Money(amount, currency));
    }

    /** @return an attainment, e.g. {@code 110.0%} */
    public String attainment(BigDecimal fraction) {
        return fraction == null ? ValueFormatter.NOT_AVAILABLE : values.format(new Value.Ratio(fraction));
    }

    /** @return a rate or share with up to two decimals, e.g. {@code 12.5%} */
    public String rate(BigDecimal fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(numberLocale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(fraction);
    }

    public String date(LocalDate date) {
        return date == null ? ValueFormatter.NOT_AVAILABLE : values.format(new Value.Date(date));
    }

    public String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT));
    }

    /** @return the line that introduces a segment's calculation */
    public String segment(Segment s) {
        return text("commission.calculation.segment", s.plan().label(), date(s.from()), date(s.to()), money(s.target()),
                Integer.toString(s.days()), Integer.toString(s.monthDays()), rate(s.ramp()), money(s.credit()),
                attainment(s.attainment()));
    }

    /** @return one step of the calculation in words */
    public String step(CalculationStep step) {
        return switch (step.kind()) {
            case TIER -> text("commission.step.tier", rate(step.from()), end(step.to()), money(step.base()), rate(step.rate()));
            case BRACKET -> text("commission.step.bracket", rate(step.from()), end(step.to()), money(step.base()),
                    rate(step.rate()));
            case BELOW_THRESHOLD -> text("commission.step.belowThreshold", rate(step.to()), money(step.base()));
            case CAP -> text("commission.step.cap", money(step.base()), money(step.amount()));
        };
    }

    public String clawback(Clawback c) {
        return text("commission.clawback.line", c.dealId(), month(c.paidIn()), date(c.cancelledOn()),
                Integer.toString(c.days()));
    }

    public String reason(String reason) {
        return text("commission.reason." + reason);
    }

    private String end(BigDecimal to) {
        return to == null ? text("commission.step.openEnd") : rate(to);
    }
}
