package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Deals open longer than a number of typical cycles (two by default, worked example 7 of the domain):
 * they are left out of the pipeline-based forecasts and listed, to be recycled into nurturing.
 */
final class StaleDeals {

    private final OptionalDouble limitDays;

    /**
     * @param typicalCycleDays the median days to a win; without it no deal is stale
     * @param cycles           how many typical cycles make a deal stale
     */
    StaleDeals(OptionalDouble typicalCycleDays, BigDecimal cycles) {
        this.limitDays = typicalCycleDays.isPresent()
                ? OptionalDouble.of(typicalCycleDays.getAsDouble() * cycles.doubleValue())
                : OptionalDouble.empty();
    }

    boolean isStale(OpenDeal deal) {
        return limitDays.isPresent() && deal.ageDays() > limitDays.getAsDouble();
    }

    List<OpenDeal> stale(List<OpenDeal> open) {
        return open.stream().filter(this::isStale).toList();
    }

    List<OpenDeal> current(List<OpenDeal> open) {
        return open.stream().filter(d -> !isStale(d)).toList();
    }

    /** @return the oldest age (days) of a deal that is not stale; {@link Long#MAX_VALUE} without a limit */
    long maxCurrentAge() {
        return limitDays.isPresent() ? (long) Math.floor(limitDays.getAsDouble()) : Long.MAX_VALUE;
    }

    OptionalDouble limitDays() {
        return limitDays;
    }
}
