package org.salesaudit.commission.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.salesaudit.commission.plans.CreditSplit;
import org.salesaudit.commission.plans.PlanAssignment;
import org.salesaudit.commission.plans.PlanBook;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;

/**
 * The rules that tie plans to the sales data, checked before anything is computed: every rep of the
 * Reps sheet active in the month is on a plan, every credited rep of a won deal is on a plan on its
 * close date, and every day on a plan has a plan version in effect.
 */
final class CommissionChecks {

    private static final String ACTION = "no statements";

    private CommissionChecks() {
    }

    static void check(SalesData data, PlanBook book, YearMonth first, YearMonth period, ProblemLog problems) {
        LocalDate start = period.atDay(1);
        LocalDate end = period.atEndOfMonth();
        for (Rep rep : data.reps()) {
            boolean active = (rep.startDate() == null || !rep.startDate().isAfter(end))
                    && (rep.endDate() == null || !rep.endDate().isBefore(start));
            boolean onPlan = book.index().assignmentsByRep().getOrDefault(rep.id(), List.of()).stream()
                    .anyMatch(a -> !a.from().isAfter(end) && (a.to() == null || !a.to().isBefore(start)));
            if (active && !onPlan) {
                problems.report(Problem.error("commission.rep_without_plan", at(rep.source(), "Rep ID"),
                        "a Plan Assignments row for rep " + rep.id() + " covering " + period, rep.id(), ACTION));
            }
        }
        for (Deal deal : data.deals()) {
            if (!deal.isWon() || deal.closeDate() == null || YearMonth.from(deal.closeDate()).isBefore(first)
                    || YearMonth.from(deal.closeDate()).isAfter(period)) {
                continue;
            }
            List<CreditSplit> splits = book.splitsOf(deal.id());
            if (splits.isEmpty()) {
                if (deal.ownerId() == null) {
                    problems.report(Problem.error("commission.deal_without_rep", at(deal.source(), "Owner"),
                            "an owner for won deal " + deal.id() + " (or Credit Splits rows)", "", ACTION));
                } else {
                    requirePlan(book, deal.ownerId(), deal, at(deal.source(), "Owner"), problems);
                }
            } else {
                for (CreditSplit split : splits) {
                    requirePlan(book, split.repId(), deal, at(split.source(), "Rep"), problems);
                }
            }
        }
        for (PlanAssignment a : book.assignments()) {
            for (LocalDate day = max(a.from(), first.atDay(1)); !day.isAfter(end) && (a.to() == null || !day.isAfter(a.to()));
                    day = day.plusDays(1)) {
                if (book.hasPlan(a.planId()) && book.version(a.planId(), day).isEmpty()) {
                    problems.report(Problem.error("commission.no_version", at(a.source(), "Plan"),
                            "a version of plan " + a.planId() + " in effect on " + day + " (rep " + a.repId() + ")",
                            a.planId(), ACTION));
                    break;
                }
            }
        }
    }

    private static void requirePlan(PlanBook book, String repId, Deal deal, CellLocation at, ProblemLog problems) {
        Optional<PlanAssignment> assignment = book.assignment(repId, deal.closeDate());
        if (assignment.isEmpty()) {
            problems.report(Problem.error("commission.rep_without_plan", at,
                    "a Plan Assignments row for rep " + repId + " covering " + deal.closeDate() + " (won deal "
                            + deal.id() + ")", repId, ACTION));
        }
    }

    private static CellLocation at(org.salesaudit.model.SourceRef source, String column) {
        return new CellLocation(source.file(), source.sheet(), "row " + source.row(), column);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
