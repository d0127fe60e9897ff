package org.salesaudit.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A typed value shown in a report. Renderers format it for the report's locale; {@code results.json}
 * writes its plain form ({@link #json()}).
 */
public sealed interface Value {

    /** @return the value as written to results.json: a BigDecimal, Long, String or null */
    Object json();

    /** An amount of money, already rounded to the currency's scale. */
    record Money(BigDecimal amount, Currency currency) implements Value {
        public Money {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }

        @Override
        public Object json() {
            return amount;
        }
    }

    /** A fraction (0.25 is shown as 25 %). */
    record Ratio(BigDecimal fraction) implements Value {
        public Ratio {
            Objects.requireNonNull(fraction, "fraction");
        }

        @Override
        public Object json() {
            return fraction;
        }
    }

    /** A whole number of things. */
    record Count(long count) implements Value {
        @Override
        public Object json() {
            return count;
        }
    }

    /**
     * A whole number that names something rather than counts it (the seed of a simulation): shown with
     * its digits only, never grouped, and never totalled.
     */
    record Identifier(long number) implements Value {
        @Override
        public Object json() {
            return number;
        }
    }

    /** A decimal quantity with a unit given by the label (e.g. days). */
    record Quantity(BigDecimal value) implements Value {
        public Quantity {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object json() {
            return value;
        }
    }

    /** Text taken from the data (a name, an id); never translated. */
    record Text(String text) implements Value {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Object json() {
            return text;
        }
    }

    /**
     * A term of salesaudit's own vocabulary, such as a forecast method: its stable code in results.json
     * ({@code monte_carlo}), its name in the report's language where it is shown (message {@code labelKey}).
     */
    record Term(String code, String labelKey) implements Value {
        public Term {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(labelKey, "labelKey");
        }

        @Override
        public Object json() {
            return code;
        }
    }

    /** A calendar date. */
    record Date(LocalDate date) implements Value {
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Object json() {
            return date.toString();
        }
    }

    /** No value can be computed (e.g. a win rate without closed deals); shown as a dash, null in JSON. */
    record NotAvailable() implements Value {
        @Override
        public Object json() {
            return null;
        }
    }

    static Value notAvailable() {
        return new NotAvailable();
    }
}
