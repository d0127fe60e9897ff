package org.salesaudit.commission.diff;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salesaudit.commission.calculation.Clawback;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.register.RegisterLayout;

/**
 * Compares a previous run's lines with the same month recalculated from the current data, line by
 * line (rep, deal, kind), and explains each difference in pay.
 */
public final class RunComparison {

    private RunComparison() {
    }

    /**
     * @param recalculated the month's statements, read once in order (they may be computed as they are
     *                     read: only their lines are kept)
     * @return the changed lines, in the order of the recalculated month then the removed ones
     */
    public static List<Change> compare(PreviousRegister previous, Iterable<RepMonth> recalculated, int scale) {
        YearMonth month = previous.month();
        Map<String, PreviousLine> old = new LinkedHashMap<>();
        for (PreviousLine line : previous.lines()) {
            old.merge(key(line.repId(), line.dealId(), line.kind()), line, (a, b) -> new PreviousLine(a.repId(), a.dealId(),
                    a.kind(), a.credit().add(b.credit()), a.earned().add(b.earned()), a.plan()));
        }
        Map<String, PreviousLine> now = new LinkedHashMap<>();
        for (RepMonth m : recalculated) {
            for (CreditLine l : m.lines()) {
                now.merge(key(l.repId(), l.dealId(), RegisterLayout.KIND_DEAL),
                        new PreviousLine(l.repId(), l.dealId(), RegisterLayout.KIND_DEAL, l.credit(), l.earned(), l.plan()),
                        (a, b) -> new PreviousLine(a.repId(), a.dealId(), a.kind(), a.credit().add(b.credit()),
                                a.earned().add(b.earned()), a.plan()));
            }
            for (Clawback c : m.clawbacks()) {
                now.merge(key(c.repId(), c.dealId(), RegisterLayout.KIND_CLAWBACK),
                        new PreviousLine(c.repId(), c.dealId(), RegisterLayout.KIND_CLAWBACK, BigDecimal.ZERO, c.amount(), ""),
                        (a, b) -> new PreviousLine(a.repId(), a.dealId(), a.kind(), a.credit(), a.earned().add(b.earned()), ""));
            }
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, PreviousLine> e : now.entrySet()) {
            PreviousLine n = e.getValue();
            PreviousLine o = old.get(e.getKey());
            boolean clawback = RegisterLayout.KIND_CLAWBACK.equals(n.kind());
            if (o == null) {
                if (n.earned().signum() != 0) {
                    changes.add(new Change(n.repId(), month, n.dealId(), zero, n.earned(),
                            clawback ? ChangeReason.CLAWBACK : ChangeReason.NEW_LINE));
                }
            } else if (o.earned().compareTo(n.earned()) != 0) {
                changes.add(new Change(n.repId(), month, n.dealId(), o.earned(), n.earned(), reason(o, n)));
            }
        }
        for (Map.Entry<String, PreviousLine> e : old.entrySet()) {
            PreviousLine o = e.getValue();
            if (!now.containsKey(e.getKey()) && o.earned().signum() != 0) {
                changes.add(new Change(o.repId(), month, o.dealId(), o.earned(), zero,
                        RegisterLayout.KIND_CLAWBACK.equals(o.kind()) ? ChangeReason.CLAWBACK : ChangeReason.REMOVED_LINE));
            }
        }
        return changes;
    }

    private static String reason(PreviousLine o, PreviousLine n) {
        if (RegisterLayout.KIND_CLAWBACK.equals(n.kind())) {
            return ChangeReason.CLAWBACK;
        }
        if (!Objects.equals(o.plan(), n.plan())) {
            return ChangeReason.PLAN_VERSION;
        }
        if (o.credit().compareTo(n.credit()) != 0) {
            return ChangeReason.CHANGED_AMOUNT;
        }
        return ChangeReason.CHANGED_COMMISSION;
    }

    private static String key(String rep, String deal, String kind) {
        return rep + "\u0000" + deal + "\u0000" + kind;
    }
}
