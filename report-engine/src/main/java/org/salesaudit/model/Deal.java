package org.salesaudit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An opportunity. For open deals {@code closeDate} is the expected close date, for closed deals the
 * actual one; it may be absent when the source left it blank.
 *
 * @param statedProbability the probability the rep recorded (0..1), when the source has one
 */
public record Deal(
        String id,
        String ownerId,
        String account,
        LocalDate created,
        LocalDate closeDate,
        String stage,
        BigDecimal statedProbability,
        BigDecimal amount,
        Currency currency,
        DealStatus status,
        SourceRef source) {

    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
    }

    public Optional<LocalDate> closeDateIfKnown() {
        return Optional.ofNullable(closeDate);
    }

    public boolean isOpen() {
        return status == DealStatus.OPEN;
    }

    public boolean isWon() {
        return status == DealStatus.WON;
    }
}
