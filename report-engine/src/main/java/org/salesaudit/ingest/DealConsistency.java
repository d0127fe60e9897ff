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
    /** The digest parts of the names, dates and amounts seen (each appears on many deals). */
    private final Map<String, KeyPart> accountParts = new HashMap<>();
    private final Map<String, KeyPart> ownerParts = new HashMap<>();
    private final Map<LocalDate, KeyPart> dateParts = new HashMap<>();
    private final Map<BigDecimal, KeyPart> amountParts = new HashMap<>();

    DealConsistency(LocalDate asOf, StageProbabilities stages, CellLocator cells, ProblemLog problems) {
        this.asOf = asOf;
        this.stages = stages;
        this.cells = cells;
        this.problems = problems;
    }

    void check(List<Deal> deals, List<Rep> reps, boolean repsPresent) {
        Set<String> repIds = reps.stream().map(Rep::id).collect(Collectors.toSet());
        Map<String, Integer> unknownStages = new LinkedHashMap<>();
        Map<String, Deal> firstOfStage = new HashMap<>();
        LongIntTable byLookalikeKey = new LongIntTable(deals.size());
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
            if (deal.account() != null && deal.created() != null) {
                int firstIndex = byLookalikeKey.putIfAbsent(lookalikeDigest(deal), index);
                Deal first = firstIndex < 0 ? null : deals.get(firstIndex);
                // equal digests: compare the keys themselves (only for the rare deals that share a digest)
                if (first != null && lookalikeKey(deal).equals(lookalikeKey(first))) {
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

    /**
     * @return the digest of {@link #lookalikeKey}, the 64-bit polynomial hash of its characters, composed from
     *         the cached hashes of its parts instead of being computed over a new text for every deal
     */
    private long lookalikeDigest(Deal deal) {
        long h = 1125899906842597L;
        h = part(accountParts, deal.account(), SpellingVariants::squash).append(h);
        h = SEPARATOR.append(h);
        h = part(ownerParts, String.valueOf(deal.ownerId()), o -> o).append(h);
        h = SEPARATOR.append(h);
        h = part(dateParts, deal.created(), LocalDate::toString).append(h);
        h = SEPARATOR.append(h);
        return part(amountParts, deal.amount(), DealConsistency::plainAmount).append(h);
    }

    private static <K> KeyPart part(Map<K, KeyPart> cache, K value, java.util.function.Function<K, String> text) {
        KeyPart known = cache.get(value);
        if (known != null) {
            return known;
        }
        KeyPart part = KeyPart.of(text.apply(value));
        if (cache.size() < SpellingVariants.MAX_NAMES) {
            cache.put(value, part);
        }
        return part;
    }

    private static String plainAmount(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static final KeyPart SEPARATOR = KeyPart.of("\u0000");

    /**
     * A text's share of a polynomial hash: appending it to a hash {@code h} gives {@code h * 31^length + hash},
     * the same value as hashing on over its characters one by one.
     */
    private record KeyPart(long hash, long power) {
        static KeyPart of(String text) {
            long hash = 0;
            long power = 1;
            for (int i = 0; i < text.length(); i++) {
                hash = 31 * hash + text.charAt(i);
                power *= 31;
            }
            return new KeyPart(hash, power);
        }

        long append(long h) {
            return h * power + hash;
        }
    }

    /** @return the text two deals share when they have the same account (as compared), owner, created date and amount */
    private String lookalikeKey(Deal deal) {
        return SpellingVariants.squash(deal.account()) + '\u0000' + deal.ownerId() + '\u0000' + deal.created()
                + '\u0000' + plainAmount(deal.amount());
    }
}
