package org.salesaudit.examples;

import java.time.LocalDate;

/** A customer account: one row of the Customers sheet. */
final class Customer {

    final String account;
    final Country country;
    final CompanySize size;
    final LocalDate since;
    /** The rep who owns the account (the successor takes over once that rep left). */
    final String accountOwner;
    double mrr;
    LocalDate churnedOn;
    /** The last close date (or the as-of date) of the account's deals so far: no new deal before it. */
    LocalDate busyUntil;

    Customer(String account, Country country, CompanySize size, LocalDate since, String accountOwner, double mrr) {
        this.account = account;
        this.country = country;
        this.size = size;
        this.since = since;
        this.accountOwner = accountOwner;
        this.mrr = mrr;
        this.busyUntil = since;
    }

    boolean enterprise() {
        return size.enterprise;
    }

    boolean activeOn(LocalDate date) {
        return since.isBefore(date) && (churnedOn == null || churnedOn.isAfter(date));
    }

    /** The next anniversary of the contract on or after {@code date}. */
    LocalDate anniversaryOnOrAfter(LocalDate date) {
        LocalDate anniversary = since.withYear(date.getYear());
        return anniversary.isBefore(date) ? anniversary.plusYears(1) : anniversary;
    }
}
