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
 * @param leadId            the lead the deal came from, {@code null} when unknown
 * @param statedProbability the probability the rep recorded (0..1), when the source has one
 * @param product           {@code null} when unknown, as are region and type
 * @param type              New, Upsell, Cross-sell or Renewal as written
 */
public record Deal(
        String id,
        String leadId,
        String ownerId,
        String account,
        LocalDate created,
        LocalDate closeDate,
        String stage,
        BigDecimal statedProbability,
        BigDecimal amount,
        Currency currency,
        DealStatus status,
        String product,
        String region,
        String type,
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
