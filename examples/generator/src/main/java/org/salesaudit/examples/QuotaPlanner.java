package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Monthly quotas: a fixed base per rep (juniors 11,000 to 19,000, seniors 26,000 to 34,000,
 * enterprise reps 40,000 to 100,000 USD), raised 6 % from January 2026 (rounded to 500), and
 * ramped for new hires (25 %, 50 %, 75 % of the full quota in their first three months).
 */
final class QuotaPlanner {

    private static final Map<String, Integer> BASE = Map.ofEntries(
            Map.entry("R01", 28_000), Map.entry("R02", 12_000), Map.entry("R03", 30_000),
            Map.entry("R04", 30_000), Map.entry("R05", 16_000), Map.entry("R06", 12_000),
            Map.entry("R07", 19_000), Map.entry("R08", 34_000), Map.entry("R09", 11_000),
            Map.entry("R10", 26_000), Map.entry("R11", 27_000), Map.entry("R12", 12_000),
            Map.entry("R13", 12_000), Map.entry("R14", 85_000), Map.entry("R15", 100_000),
            Map.entry("R16", 65_000), Map.entry("R17", 55_000), Map.entry("R18", 40_000),
            Map.entry("R19", 12_000), Map.entry("R20", 13_000));

    private static final double[] RAMP = {0.25, 0.50, 0.75};
    private static final YearMonth RAISE_FROM = YearMonth.of(2026, 1);
    private static final double RAISE = 1.06;

    private QuotaPlanner() {
    }

    static List<Quota> plan(List<Rep> reps) {
        List<Quota> quotas = new ArrayList<>();
        for (Rep rep : reps) {
            YearMonth first = later(YearMonth.from(DataWindow.START), YearMonth.from(rep.start()));
            LocalDate last = rep.end() == null ? DataWindow.AS_OF : rep.end();
            for (YearMonth month = first; !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
                quotas.add(new Quota(rep.id(), month, amount(rep, month)));
            }
        }
        return quotas;
    }

    static double amount(Rep rep, YearMonth month) {
        double base = BASE.get(rep.id());
        if (!month.isBefore(RAISE_FROM)) {
            base *= RAISE;
        }
        long monthIndex = rep.monthsIn(month.atDay(1));
        if (monthIndex >= 0 && monthIndex < RAMP.length) {
            base *= RAMP[(int) monthIndex];
        }
        return Math.round(base / 500.0) * 500.0;
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
