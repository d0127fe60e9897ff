package org.salesaudit.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything read from the input workbooks, typed and immutable.
 *
 * @param present the datasets that were found in the input (a dataset can be present and empty)
 */
public record SalesData(
        List<Deal> deals,
        List<Rep> reps,
        List<Quota> quotas,
        List<Lead> leads,
        List<StageChange> stageHistory,
        List<Activity> activities,
        List<CampaignPeriod> campaigns,
        List<Customer> customers,
        Set<Dataset> present) {

    public SalesData {
        deals = List.copyOf(deals);
        reps = List.copyOf(reps);
        quotas = List.copyOf(quotas);
        leads = List.copyOf(leads);
        stageHistory = List.copyOf(stageHistory);
        activities = List.copyOf(activities);
        campaigns = List.copyOf(campaigns);
        customers = List.copyOf(customers);
        present = present.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Dataset.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(present));
    }

    /** Deals, reps and quotas only (the other datasets empty and absent). */
    public SalesData(List<Deal> deals, List<Rep> reps, List<Quota> quotas, Set<Dataset> present) {
        this(deals, reps, quotas, List.of(), List.of(), List.of(), List.of(), List.of(), present);
    }

    public boolean has(Dataset dataset) {
        return present.contains(Objects.requireNonNull(dataset));
    }

    /**
     * @return the latest date on which something happened in the data (a deal created or closed, a
     *         stage entered, a lead created, an activity): the default "as of" date of a report.
     *         Expected close dates of open deals do not count: they lie in the future.
     */
    public Optional<LocalDate> latestDate() {
        Stream<LocalDate> dealDates = deals.stream().flatMap(d -> Stream.of(d.created(), d.isOpen() ? null : d.closeDate()));
        Stream<LocalDate> stageDates = stageHistory.stream().map(StageChange::enteredOn);
        Stream<LocalDate> leadDates = leads.stream().map(l -> l.created() == null ? null : l.created().toLocalDate());
        Stream<LocalDate> activityDates = activities.stream().map(a -> a.at().toLocalDate());
        return Stream.of(dealDates, stageDates, leadDates, activityDates)
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo);
    }

    public Optional<Rep> rep(String id) {
        return reps.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
