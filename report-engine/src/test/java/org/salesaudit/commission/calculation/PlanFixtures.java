package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

import org.salesaudit.commission.plans.Cancellation;
import org.salesaudit.commission.plans.CreditSplit;
import org.salesaudit.commission.plans.DrawType;
import org.salesaudit.commission.plans.PlanAssignment;
import org.salesaudit.commission.plans.PlanBook;
import org.salesaudit.commission.plans.PlanVersion;
import org.salesaudit.commission.plans.Spif;
import org.salesaudit.commission.plans.Tier;
import org.salesaudit.commission.plans.TierMethod;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;

/** Plans, reps and deals written in a few lines, for hand-computed golden tests. */
final class PlanFixtures {

    static final Currency USD = Currency.getInstance("USD");
    static final SourceRef SRC = new SourceRef("plans.xlsx", "Plans", 2);

    final List<PlanVersion> versions = new ArrayList<>();
    final List<PlanAssignment> assignments = new ArrayList<>();
    final List<CreditSplit> splits = new ArrayList<>();
    final List<Cancellation> cancellations = new ArrayList<>();
    final List<Deal> deals = new ArrayList<>();
    final List<Rep> reps = new ArrayList<>();

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Tier tier(String fromPct, String toPct, String ratePct) {
        return new Tier(d(fromPct).movePointLeft(2), toPct == null ? null : d(toPct).movePointLeft(2),
                d(ratePct).movePointLeft(2), SRC);
    }

    /** A plan version builder with no threshold, cap, draw, SPIF or clawback. */
    static final class Version {
        String plan = "P";
        String version = "v1";
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to;
        String base = "0";
        String target = "10000";
        TierMethod method = TierMethod.TIER;
        String threshold = "0";
        List<Tier> tiers = List.of(tier("0", null, "10"));
        String cap;
        String capOfTarget;
        String draw = "0";
        DrawType drawType = DrawType.RECOVERABLE;
        int clawbackDays;
        List<Spif> spifs = List.of();

        PlanVersion build() {
            return new PlanVersion(plan, version, from, to, null, d(base), d(target), method,
                    d(threshold).movePointLeft(2), tiers, cap == null ? null : d(cap),
                    capOfTarget == null ? null : d(capOfTarget).movePointLeft(2), d(draw), drawType, clawbackDays, spifs,
                    SRC);
        }
    }

    PlanFixtures plan(Version v) {
        versions.add(v.build());
        return this;
    }

    PlanFixtures assign(String rep, String plan, LocalDate from, LocalDate to, String rampPct) {
        assignments.add(new PlanAssignment(rep, plan, from, to, d(rampPct).movePointLeft(2),
                new SourceRef("plans.xlsx", "Plan Assignments", assignments.size() + 2)));
        if (reps.stream().noneMatch(r -> r.id().equals(rep))) {
            reps.add(new Rep(rep, "Rep " + rep, "Team A", null, null, null, null, null, null,
                    new SourceRef("crm.xlsx", "Reps", reps.size() + 2)));
        }
        return this;
    }

    PlanFixtures assign(String rep, String plan) {
        return assign(rep, plan, LocalDate.of(2026, 1, 1), null, "100");
    }

    PlanFixtures won(String id, String owner, LocalDate close, String amount) {
        return won(id, owner, close, amount, null);
    }

    PlanFixtures won(String id, String owner, LocalDate close, String amount, String product) {
        deals.add(new Deal(id, null, owner, "Account " + id, close.minusDays(30), close, "Closed Won", null, d(amount),
                USD, DealStatus.WON, product, null, null, new SourceRef("crm.xlsx", "Deals", deals.size() + 2)));
        return this;
    }

    PlanFixtures split(String deal, String rep, String pct) {
        splits.add(new CreditSplit(deal, rep, d(pct).movePointLeft(2),
                new SourceRef("plans.xlsx", "Credit Splits", splits.size() + 2)));
        return this;
    }

    PlanFixtures cancel(String deal, LocalDate on) {
        cancellations.add(new Cancellation(deal, on, new SourceRef("plans.xlsx", "Cancellations", cancellations.size() + 2)));
        return this;
    }

    SalesData data() {
        return new SalesData(deals, reps, List.of(), EnumSet.of(Dataset.DEALS, Dataset.REPS));
    }

    PlanBook book() {
        return new PlanBook(versions, assignments, splits, cancellations);
    }

    CommissionCalculator calculator() {
        return new CommissionCalculator(data(), book(), USD);
    }
}
