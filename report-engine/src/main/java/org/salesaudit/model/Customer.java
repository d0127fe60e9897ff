package org.salesaudit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer account, for churn and expansion.
 *
 * @param churnedOn        {@code null} while the customer is active
 * @param recurringRevenue monthly recurring revenue, {@code null} when unknown
 */
public record Customer(String account, LocalDate since, LocalDate churnedOn, BigDecimal recurringRevenue,
        SourceRef source) {

    public Customer {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(source, "source");
    }
}
