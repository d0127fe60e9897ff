package org.salesaudit.forecast;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.salesaudit.model.Quota;

/** The quotas a simulation counts attainment for: each rep's index and the quota periods as epoch days. */
final class QuotaWindows {

    private final List<Quota> quotas;
    private final Map<String, Integer> quotaOfRep = new TreeMap<>();
    private final long[] start;
    private final long[] end;

    QuotaWindows(List<Quota> quotas) {
        this.quotas = List.copyOf(quotas);
        start = new long[quotas.size()];
        end = new long[quotas.size()];
        for (int q = 0; q < quotas.size(); q++) {
            quotaOfRep.put(quotas.get(q).repId(), q);
            start[q] = quotas.get(q).period().start().toEpochDay();
            end[q] = quotas.get(q).period().endInclusive().toEpochDay();
        }
    }

    List<Quota> quotas() {
        return quotas;
    }

    int size() {
        return start.length;
    }

    /** @return the index of the rep's quota, or -1 without one */
    int quotaOf(String rep) {
        Integer q = quotaOfRep.get(rep);
        return q == null ? -1 : q;
    }

    boolean contains(int q, long day) {
        return day >= start[q] && day <= end[q];
    }

    /** @return the first day of quota {@code q} (epoch day) */
    long start(int q) {
        return start[q];
    }

    /** @return the last day of quota {@code q} (epoch day) */
    long end(int q) {
        return end[q];
    }
}
