package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salesaudit.commission.plans.Cancellation;
import org.salesaudit.commission.plans.CreditSplit;
import org.salesaudit.commission.plans.PlanBook;
import org.salesaudit.model.Deal;

/**
 * Turns won deals into credit lines: the whole amount to the owner, or the amount split between the
 * reps of the Credit Splits sheet by largest remainder (so the parts add up to the deal exactly). A
 * deal cancelled before the end of the month it closed in is never credited.
 */
final class Crediting {

    private Crediting() {
    }

    static List<CreditLine> lines(List<Deal> deals, PlanBook book, int scale, java.math.RoundingMode rounding) {
        List<CreditLine> lines = new ArrayList<>();
        for (Deal deal : deals) {
            if (!deal.isWon() || deal.closeDate() == null || deal.amount().signum() <= 0) {
                continue;
            }
            Optional<Cancellation> cancelled = book.cancellation(deal.id());
            if (cancelled.isPresent() && !cancelled.get().date().isAfter(YearMonth.from(deal.closeDate()).atEndOfMonth())) {
                continue;
            }
            BigDecimal amount = deal.amount().setScale(scale, rounding);
            List<CreditSplit> splits = book.splitsOf(deal.id());
            if (splits.isEmpty()) {
                if (deal.ownerId() != null) {
                    lines.add(line(deal, deal.ownerId(), BigDecimal.ONE, amount));
                }
                continue;
            }
            List<BigDecimal> parts = LargestRemainder.allocate(amount, splits.stream().map(CreditSplit::share).toList(),
                    scale);
            for (int i = 0; i < splits.size(); i++) {
                lines.add(line(deal, splits.get(i).repId(), splits.get(i).share(), parts.get(i)));
            }
        }
        return lines;
    }

    private static CreditLine line(Deal deal, String repId, BigDecimal share, BigDecimal credit) {
        BigDecimal zero = credit.multiply(BigDecimal.ZERO);
        return new CreditLine(deal.id(), repId, deal.account(), deal.product(), deal.closeDate(), deal.amount(), share,
                credit, zero, zero, "", deal.source());
    }
}
