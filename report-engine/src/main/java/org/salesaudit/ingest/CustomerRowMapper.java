package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.salesaudit.model.Customer;
import org.salesaudit.problem.Severity;

/** Turns rows of a Customers sheet into {@link Customer}s. */
final class CustomerRowMapper {

    Optional<Customer> map(RowReader row) {
        Optional<String> account = row.text("account", true);
        Optional<LocalDate> since = row.date("since", false);
        Optional<LocalDate> churnedOn = row.date("churned_on", false);
        Optional<BigDecimal> revenue = row.amount("recurring_revenue", false);
        if (row.rejected()) {
            return Optional.empty();
        }
        if (revenue.isPresent() && revenue.get().signum() < 0) {
            row.problem(Severity.WARNING, "amount.negative", "recurring_revenue", "a recurring revenue of zero or more",
                    revenue.get().toPlainString(), "treated as blank");
            revenue = Optional.empty();
        }
        if (since.isPresent() && churnedOn.isPresent() && churnedOn.get().isBefore(since.get())) {
            row.problem(Severity.WARNING, "customer.churned_before_since", "churned_on",
                    "a churn date on or after the customer-since date " + since.get(), churnedOn.get().toString(),
                    "kept as written");
        }
        return Optional.of(new Customer(account.get(), since.orElse(null), churnedOn.orElse(null),
                revenue.orElse(null), row.source()));
    }
}
