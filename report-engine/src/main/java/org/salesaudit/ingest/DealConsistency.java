package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Rep;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;

/**
 * Business-consistency findings on deals that no single cell shows: won deals closed after the as-of
 * date, open deals whose expected close date has passed, zero-amount deals in late stages, owners not
 * on the Reps sheet, open deals in stages not in the stage table, and near-duplicate deals. Each finding is a warning:
 * the deal is kept.
 */
final class DealConsistency {

    /** Open deals at or above this stated stage probability are in a late stage. */
    private static final BigDecimal LATE_STAGE = new BigDecimal("0.60");

    private final LocalDate asOf;
    private final StageProbabilities stages;
    private final CellLocator cells;
    private final ProblemLog problems;
    DealConsistency(LocalDate asOf, StageProbabilities stages, CellLocator cells, ProblemLog problems) {
        this.asOf = asOf;
        this.stages = stages;
        this.cells = cells;
        this.problems = problems;
    }

    void check(List<Deal> deals, List<Rep> reps, boolean repsPresent) {
        check(deals, LookalikeDeals.of(deals), reps, repsPresent);
    }

    /** @param lookalikes the digests of exactly {@code deals}, added in their order */
    void check(List<Deal> deals, LookalikeDeals lookalikes, List<Rep> reps, boolean repsPresent) {
        if (lookalikes.size() != deals.size()) {
            throw new IllegalArgumentException("digests of " + lookalikes.size() + " deals for " + deals.size());
        }
        Set<String> repIds = reps.stream().map(Rep::id).collect(Collectors.toSet());
        Map<String, Integer> unknownStages = new LinkedHashMap<>();
        Map<String, Deal> firstOfStage = new HashMap<>();
        for (int index = 0; index < deals.size(); index++) {
            Deal deal = deals.get(index);
            closeDates(deal);
            zeroAmount(deal);
            if (repsPresent && deal.ownerId() != null && !repIds.contains(deal.ownerId())) {
                problems.report(Problem.warning("deal.unknown_owner", cells.locate(Dataset.DEALS, deal.source(), "owner"),
                        "an owner listed in the Reps sheet", deal.ownerId(),
                        "deal kept; the owner has no name or team"));
            }
            if (deal.isOpen() && deal.stage() != null && stages.probability(deal.stage()).isEmpty()
                    && DealStatusWords.status(deal.stage()).isEmpty()) {
                unknownStages.merge(deal.stage(), 1, Integer::sum);
                firstOfStage.putIfAbsent(deal.stage(), deal);
            }
            int firstIndex = lookalikes.earlierWithSameDigest(index);
            if (firstIndex >= 0) {
                // equal digests: compare the keys themselves (only for the rare deals that share a digest)
                Deal first = deals.get(firstIndex);
                if (LookalikeDeals.key(deal).equals(LookalikeDeals.key(first))) {
                    problems.report(Problem.warning("deal.near_duplicate", cells.locate(Dataset.DEALS, deal.source(), "id"),
                            "a deal other than " + first.id() + " (row " + first.source().row()
                                    + " has the same account, owner, created date and amount)",
                            deal.id(), "deal kept; check whether it was entered twice"));
                }
            }
        }
        unknownStages.forEach((stage, count) -> problems.report(Problem.warning("deal.unknown_stage",
                cells.locate(Dataset.DEALS, firstOfStage.get(stage).source(), "stage"),
                "a stage of the stage table (see docs/settings.md) or a won or lost stage", stage,
                count + (count == 1 ? " open deal" : " open deals")
                        + " kept; weighted with the stated probability, or 0 without one")));
    }

    private void closeDates(Deal deal) {
        if (deal.closeDate() == null || asOf == null) {
            return;
        }
        if (deal.isWon() && deal.closeDate().isAfter(asOf)) {
            problems.report(Problem.warning("deal.won_in_future", cells.locate(Dataset.DEALS, deal.source(), "close_date"),
                    "a close date on or before the as-of date " + asOf + " for a won deal",
                    deal.closeDate().toString(), "deal kept"));
        }
        if (deal.isOpen() && deal.closeDate().isBefore(asOf)) {
            problems.report(Problem.warning("deal.open_past_close", cells.locate(Dataset.DEALS, deal.source(), "close_date"),
                    "an expected close date on or after the as-of date " + asOf + " for an open deal",
                    deal.closeDate().toString(), "deal kept; its close date has passed"));
        }
    }

    private void zeroAmount(Deal deal) {
        if (deal.amount().signum() != 0) {
            return;
        }
        boolean late = deal.isWon() || (deal.isOpen()
                && stages.probability(deal.stage()).map(p -> p.compareTo(LATE_STAGE) >= 0).orElse(false));
        if (late) {
            problems.report(Problem.warning("deal.zero_late_stage", cells.locate(Dataset.DEALS, deal.source(), "amount"),
                    "an amount above zero for a deal " + (deal.isWon() ? "won" : "in stage " + deal.stage()), "0",
                    "deal kept"));
        }
    }
}
