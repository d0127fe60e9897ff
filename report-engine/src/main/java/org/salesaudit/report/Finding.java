package org.salesaudit.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One finding of the executive summary: what is wrong, in plain words, and what it costs. Its text is
 * the message-bundle pattern {@code messageKey} filled with {@code args}, each formatted by the
 * renderer for the report's language; it links to the section that explains it.
 *
 * @param sectionId     the id of the section the finding comes from
 * @param messageKey    message key of a {@link java.text.MessageFormat} pattern
 * @param args          its arguments, in pattern order
 * @param moneyAtStake  the amount at stake in the reporting currency (rounded to its minor unit), or
 *                      {@code null} when the finding has no money figure; findings are ranked by it
 */
public record Finding(String sectionId, String messageKey, List<Value> args, BigDecimal moneyAtStake) {

    /** Most money at stake first; findings without a money figure after them; ties keep report order. */
    public static final Comparator<Finding> BY_MONEY_AT_STAKE = Comparator.comparing(Finding::moneyAtStake,
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));

    public Finding {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }
}
