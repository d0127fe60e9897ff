package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;

/**
 * A generated sales history too large for the deal-by-deal simulation: two years of closed deals by
 * six reps (varied, skewed cycles and log-normal amounts, about 40 % won) and an open pipeline created in
 * the 100 days before the as-of date 2026-10-31, with one rep owning three times the share of the others.
 */
final class LargePipelineFixture {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final int REPS = 6;

    private LargePipelineFixture() {
    }

    /** @param quotaPeriods each rep's quota period, in rep order ({@code r1}, {@code r2}, ...) */
    static SalesData data(int openDeals, long seed, String... quotaPeriods) {
        return data(150 * REPS, openDeals, seed, quotaPeriods);
    }

    /**
     * @param monthlyDeals the deals created each month of the two years of history
     * @param quotaPeriods each rep's quota period, in rep order ({@code r1}, {@code r2}, ...)
     */
    static SalesData data(int monthlyDeals, int openDeals, long seed, String... quotaPeriods) {
        Random random = new Random(seed);
        List<Deal> deals = new ArrayList<>();
        int n = 0;
        for (LocalDate month = AS_OF.minusMonths(24).withDayOfMonth(1); month.isBefore(AS_OF);
                month = month.plusMonths(1)) {
            for (int i = 0; i < monthlyDeals; i++) {
                LocalDate created = month.plusDays(random.nextInt(month.lengthOfMonth()));
                LocalDate close = created.plusDays(15 + (long) (random.nextDouble() * random.nextDouble() * 240));
                boolean won = random.nextDouble() < 0.4;
                DealStatus status = close.isAfter(AS_OF) ? DealStatus.OPEN : won ? DealStatus.WON : DealStatus.LOST;
                deals.add(deal("H" + (++n), rep(random), created, close, status, amount(random)));
            }
        }
        for (int i = 0; i < openDeals; i++) {
            LocalDate created = AS_OF.minusDays(random.nextInt(100));
            deals.add(deal("O" + (++n), rep(random), created, AS_OF.plusDays(30), DealStatus.OPEN, amount(random)));
        }
        List<Quota> quotas = new ArrayList<>();
        for (int r = 0; r < quotaPeriods.length; r++) {
            quotas.add(new Quota("r" + (r + 1), Period.parse(quotaPeriods[r]).orElseThrow(), new BigDecimal("400000"),
                    new SourceRef("t.xlsx", "Quotas", r + 2)));
        }
        return ForecastFixtures.data(deals, List.of(), quotas, List.of());
    }

    /** r1 owns three shares, r2 to r6 one each. */
    private static String rep(Random random) {
        int share = random.nextInt(REPS + 2);
        return "r" + Math.max(1, share - 1);
    }

    /** Log-normal, median $3,000, some deals ten times larger. */
    private static BigDecimal amount(Random random) {
        return BigDecimal.valueOf(3000 * Math.exp(0.9 * random.nextGaussian())).setScale(2, RoundingMode.HALF_UP);
    }

    private static Deal deal(String id, String owner, LocalDate created, LocalDate close, DealStatus status,
            BigDecimal amount) {
        return new Deal(id, null, owner, null, created, close, status == DealStatus.OPEN ? "Proposal" : null, null,
                amount, ForecastFixtures.USD, status, null, null, null, new SourceRef("t.xlsx", "Deals", 2));
    }
}
