package org.salesaudit.commission.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.salesaudit.commission.plans.PlanSheetsReader.PlanVersionRow;
import org.salesaudit.commission.plans.PlanSheetsReader.SpifRow;
import org.salesaudit.commission.plans.PlanSheetsReader.SplitRow;
import org.salesaudit.commission.plans.PlanSheetsReader.TierRow;
import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;

/**
 * The consistency rules of plans, checked before anything is computed: tiers contiguous from 0 %
 * without overlaps or gaps, versions of a plan not overlapping, assignments naming known plans and not
 * overlapping, splits of a deal adding up to exactly 100 %. Each violation is an error at its cell.
 */
final class PlanChecks {

    private static final String ACTION = "no statements";

    private final ProblemLog problems;
    /**
     * The plans the Plans sheet lists, usable or not: an assignment to a plan whose own rows have errors
     * is not also reported as naming an unknown plan.
     */
    private final Set<String> listedPlans = new TreeSet<>();

    PlanChecks(ProblemLog problems) {
        this.problems = problems;
    }

    List<PlanVersion> versions(List<PlanVersionRow> rows, List<TierRow> tierRows, List<SpifRow> spifRows) {
        Map<String, PlanVersionRow> byKey = new LinkedHashMap<>();
        for (PlanVersionRow row : rows) {
            if (row.plan() == null || row.version() == null) {
                continue;
            }
            listedPlans.add(row.plan());
            PlanVersionRow previous = byKey.putIfAbsent(key(row.plan(), row.version()), row);
            if (previous != null) {
                error("commission.duplicate_version", row.fromCell(), "one row per plan and version",
                        row.plan() + " " + row.version() + " again (first on row " + previous.source().row() + ")");
            }
        }
        Map<String, List<TierRow>> tiers = new LinkedHashMap<>();
        for (TierRow tier : tierRows) {
            if (!byKey.containsKey(key(tier.plan(), tier.version()))) {
                error("commission.unknown_plan", tier.fromCell(), "a plan and version listed in the Plans sheet",
                        tier.plan() + " " + tier.version());
            } else {
                tiers.computeIfAbsent(key(tier.plan(), tier.version()), k -> new ArrayList<>()).add(tier);
            }
        }
        Map<String, List<Spif>> spifs = new LinkedHashMap<>();
        for (SpifRow spif : spifRows) {
            if (!byKey.containsKey(key(spif.plan(), spif.version()))) {
                error("commission.unknown_plan", spif.planCell(), "a plan and version listed in the Plans sheet",
                        spif.plan() + " " + spif.version());
            } else {
                spifs.computeIfAbsent(key(spif.plan(), spif.version()), k -> new ArrayList<>()).add(spif.spif());
            }
        }
        List<PlanVersion> versions = new ArrayList<>();
        for (Map.Entry<String, PlanVersionRow> e : byKey.entrySet()) {
            PlanVersionRow row = e.getValue();
            List<Tier> checked = tiers(row, tiers.getOrDefault(e.getKey(), List.of()));
            if (row.from() == null || row.target() == null || row.target().signum() <= 0 || checked.isEmpty()) {
                continue;
            }
            versions.add(new PlanVersion(row.plan(), row.version(), row.from(), row.to(), row.level(),
                    row.baseSalary(), row.target(), row.method(), row.threshold(), checked, row.cap(),
                    row.capOfTarget(), row.draw(), row.drawType(), row.clawbackDays(),
                    spifs.getOrDefault(e.getKey(), List.of()), row.source()));
        }
        overlappingVersions(versions, byKey);
        return versions;
    }

    private List<Tier> tiers(PlanVersionRow plan, List<TierRow> rows) {
        if (rows.isEmpty()) {
            if (plan.rate() == null) {
                error("commission.no_rate", plan.rateCell(), "a rate such as 10% (or Tiers rows for "
                        + plan.plan() + " " + plan.version() + ")", "");
                return List.of();
            }
            return List.of(new Tier(BigDecimal.ZERO, null, plan.rate(), plan.source()));
        }
        List<TierRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(r -> r.tier().from()));
        boolean ok = true;
        TierRow previous = null;
        for (TierRow row : sorted) {
            Tier tier = row.tier();
            if (tier.to() != null && tier.to().compareTo(tier.from()) <= 0) {
                error("commission.empty_tier", row.toCell(), "an end above the tier's start " + percent(tier.from()),
                        percent(tier.to()));
                ok = false;
            }
            if (previous == null) {
                if (tier.from().signum() != 0) {
                    error("commission.tier_gap", row.fromCell(), "a first tier of " + plan.plan() + " "
                            + plan.version() + " starting at 0%", percent(tier.from()));
                    ok = false;
                }
            } else {
                BigDecimal end = previous.tier().to();
                if (end == null || tier.from().compareTo(end) < 0) {
                    error("commission.overlapping_tiers", row.fromCell(), "a tier starting where the tier of row "
                            + previous.tier().source().row() + " ends (" + (end == null ? "open-ended" : percent(end))
                            + "), without overlap", percent(tier.from()));
                    ok = false;
                } else if (tier.from().compareTo(end) > 0) {
                    error("commission.tier_gap", row.fromCell(), "a tier starting where the tier of row "
                            + previous.tier().source().row() + " ends (" + percent(end) + "), without a gap",
                            percent(tier.from()));
                    ok = false;
                }
            }
            previous = row;
        }
        return ok ? sorted.stream().map(TierRow::tier).toList() : List.of();
    }

    private void overlappingVersions(List<PlanVersion> versions, Map<String, PlanVersionRow> rows) {
        Map<String, List<PlanVersion>> byPlan = new LinkedHashMap<>();
        versions.forEach(v -> byPlan.computeIfAbsent(v.planId(), k -> new ArrayList<>()).add(v));
        for (List<PlanVersion> plan : byPlan.values()) {
            List<PlanVersion> sorted = new ArrayList<>(plan);
            sorted.sort(Comparator.comparing(PlanVersion::effectiveFrom));
            for (int i = 1; i < sorted.size(); i++) {
                PlanVersion before = sorted.get(i - 1);
                PlanVersion after = sorted.get(i);
                if (before.effectiveTo() == null || !after.effectiveFrom().isAfter(before.effectiveTo())) {
                    error("commission.overlapping_versions", rows.get(key(after.planId(), after.version())).fromCell(),
                            "a start after " + before.label() + " ends ("
                                    + (before.effectiveTo() == null ? "it has no Effective To" : before.effectiveTo()) + ")",
                            after.effectiveFrom().toString());
                }
            }
        }
    }

    void assignments(List<PlanAssignment> assignments, List<PlanVersion> versions, Map<SourceRef, CellLocation> cells) {
        Set<String> plans = new TreeSet<>(listedPlans);
        versions.forEach(v -> plans.add(v.planId()));
        Map<String, List<PlanAssignment>> byRep = new LinkedHashMap<>();
        for (PlanAssignment a : assignments) {
            if (!plans.contains(a.planId())) {
                error("commission.unknown_plan", cells.get(a.source()), "a plan of the Plans sheet (" + String.join(", ", plans) + ")",
                        a.planId());
            }
            byRep.computeIfAbsent(a.repId(), k -> new ArrayList<>()).add(a);
        }
        for (List<PlanAssignment> rep : byRep.values()) {
            List<PlanAssignment> sorted = new ArrayList<>(rep);
            sorted.sort(Comparator.comparing(PlanAssignment::from));
            for (int i = 1; i < sorted.size(); i++) {
                PlanAssignment before = sorted.get(i - 1);
                PlanAssignment after = sorted.get(i);
                if (before.to() == null || !after.from().isAfter(before.to())) {
                    error("commission.overlapping_assignments", cells.get(after.source()),
                            "one plan at a time for rep " + after.repId() + " (row " + before.source().row()
                                    + " runs until " + (before.to() == null ? "further notice" : before.to()) + ")",
                            after.planId() + " from " + after.from());
                }
            }
        }
    }

    List<CreditSplit> splits(List<SplitRow> rows) {
        Map<String, List<SplitRow>> byDeal = new LinkedHashMap<>();
        rows.forEach(r -> byDeal.computeIfAbsent(r.split().dealId(), k -> new ArrayList<>()).add(r));
        List<CreditSplit> ok = new ArrayList<>();
        for (Map.Entry<String, List<SplitRow>> deal : byDeal.entrySet()) {
            BigDecimal sum = deal.getValue().stream().map(r -> r.split().share()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<String> reps = new TreeSet<>();
            boolean valid = true;
            for (SplitRow r : deal.getValue()) {
                if (!reps.add(r.split().repId())) {
                    error("commission.duplicate_split", r.shareCell(), "one split row per rep for deal " + deal.getKey(),
                            r.split().repId() + " again");
                    valid = false;
                }
                if (r.split().share().signum() <= 0) {
                    error("commission.bad_split", r.shareCell(), "a share above 0%", percent(r.split().share()));
                    valid = false;
                }
            }
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                SplitRow last = deal.getValue().get(deal.getValue().size() - 1);
                error("commission.splits_not_100", last.shareCell(), "splits of deal " + deal.getKey()
                        + " adding up to 100%", "a total of " + percent(sum));
                valid = false;
            }
            if (valid) {
                deal.getValue().forEach(r -> ok.add(r.split()));
            }
        }
        return ok;
    }

    private void error(String code, CellLocation at, String expected, String found) {
        problems.report(Problem.error(code, at, expected, found, ACTION));
    }

    private static String key(String plan, String version) {
        return plan + "\u0000" + version;
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
