package org.salesaudit.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything read from the input workbooks, typed and immutable.
 *
 * @param present the datasets that were found in the input (a dataset can be present and empty)
 */
public record SalesData(
        List<Deal> deals,
        List<Rep> reps,
        List<Quota> quotas,
        Set<Dataset> present) {

    public SalesData {
        deals = List.copyOf(deals);
        reps = List.copyOf(reps);
        quotas = List.copyOf(quotas);
        present = present.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Dataset.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(present));
    }

    public boolean has(Dataset dataset) {
        return present.contains(Objects.requireNonNull(dataset));
    }

    /** @return the latest date found in the data: the default "as of" date of a report */
    public Optional<LocalDate> latestDate() {
        return deals.stream()
                .flatMap(d -> java.util.stream.Stream.of(d.created(), d.isOpen() ? null : d.closeDate()))
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo);
    }

    public Optional<Rep> rep(String id) {
        return reps.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
