package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A marketing campaign (and its e-mail nurture stream).
 *
 * @param name name on the Campaigns sheet and in the Campaign column of leads
 * @param channel marketing channel
 * @param source lead source of the leads it brings
 * @param forms the forms its leads fill in
 * @param openRate share of its nurture e-mails opened
 * @param clickRate share of its nurture e-mails clicked
 * @param monthlySpend typical spend in an active month, USD
 * @param quality multiplier of the conversion odds of its leads
 * @param enterpriseFocus true when it targets large companies
 * @param firstMonth first month it runs
 * @param eventDays the event days of an event campaign (it runs only in their months), else empty
 * @param volume relative share of its source's everyday leads
 */
record Campaign(String name, String channel, LeadSource source, Weighted<FormType> forms, double openRate,
        double clickRate, double monthlySpend, double quality, boolean enterpriseFocus, YearMonth firstMonth,
        List<LocalDate> eventDays, double volume) {

    boolean isEvent() {
        return !eventDays.isEmpty();
    }

    boolean activeIn(YearMonth month) {
        if (month.isBefore(firstMonth)) {
            return false;
        }
        if (isEvent()) {
            return eventDays.stream().anyMatch(day -> YearMonth.from(day).equals(month));
        }
        return true;
    }
}
