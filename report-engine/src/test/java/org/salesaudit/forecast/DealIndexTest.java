package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.model.StageChange;

/**
 * The index's answers equal those of a straightforward pass over the deals, for random deals (missing
 * dates, every status, amounts of every scale, owners and stage history) and random dates.
 */
class DealIndexTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final String[] OWNERS = {null, "r1", "r2", "R3", "b"};
    private static final String[] STAGES = {"Discovery call", "Qualified", "Product trial"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void bookingsAndCountsAreThoseOfAPassOverTheDeals(long seed) {
        Random random = new Random(seed);
        SalesData data = randomData(random);
        DealIndex index = DealIndex.of(data);
        for (int k = 0; k < 60; k++) {
            LocalDate after = randomDate(random);
            LocalDate upTo = after.plusDays(random.nextInt(400) - 20);
            BigDecimal expected = data.deals().stream().filter(d -> wonBetween(d, after, upTo)).map(Deal::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            // equals: the same value and the same scale
            assertEquals(expected, RunRateForecast.won(index, after, upTo), after + " to " + upTo);
            assertEquals(data.deals().stream().filter(d -> wonBetween(d, after, upTo)).count(),
                    index.won().count(after.toEpochDay(), upTo.toEpochDay()));
            for (String owner : OWNERS) {
                String id = owner == null ? "" : owner;
                long ownerWins = data.deals().stream()
                        .filter(d -> id.equals(d.ownerId() == null ? "" : d.ownerId()) && wonBetween(d, after, upTo))
                        .count();
                int code = index.ownerCode(id);
                assertEquals(ownerWins, code < 0 ? 0 : index.won().count(code, after.toEpochDay(), upTo.toEpochDay()));
            }
            String[] reps = {"r1", "R3", "nobody"};
            int[] owners = Arrays.stream(reps).mapToInt(index::ownerCode).toArray();
            long[] from = {after.toEpochDay(), after.toEpochDay() + 30, after.toEpochDay()};
            long[] to = {upTo.toEpochDay(), upTo.toEpochDay() - 10, upTo.toEpochDay()};
            BigDecimal[] within = index.wonWithin(owners, from, to);
            for (int r = 0; r < reps.length; r++) {
                LocalDate first = LocalDate.ofEpochDay(from[r]);
                LocalDate last = LocalDate.ofEpochDay(to[r]);
                String rep = reps[r];
                assertEquals(data.deals().stream().filter(d -> rep.equals(d.ownerId())
                        && wonBetween(d, first.minusDays(1), last)).map(Deal::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add), within[r], rep);
            }
            double[] amounts = data.deals().stream().filter(d -> wonBetween(d, after, upTo))
                    .mapToDouble(d -> d.amount().doubleValue()).toArray();
            assertArrayEquals(amounts, index.wonAmounts(after.toEpochDay(), upTo.toEpochDay()));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void creationsAreThoseOfAPassOverTheDeals(long seed) {
        Random random = new Random(seed);
        SalesData data = randomData(random);
        DealIndex index = DealIndex.of(data);
        for (int k = 0; k < 60; k++) {
            LocalDate after = randomDate(random);
            LocalDate upTo = after.plusDays(random.nextInt(400) - 20);
            LocalDate wonBy = upTo.plusDays(random.nextInt(200) - 50);
            Map<String, Integer> expected = new TreeMap<>();
            long created = 0;
            long won = 0;
            for (Deal d : data.deals()) {
                if (d.created() != null && d.created().isAfter(after) && !d.created().isAfter(upTo)) {
                    expected.merge(d.ownerId() == null ? "" : d.ownerId(), 1, Integer::sum);
                    created++;
                    if (d.isWon() && d.closeDate() != null && !d.closeDate().isAfter(wonBy)) {
                        won++;
                    }
                }
            }
            int[] counts = index.createdByOwner(after.toEpochDay(), upTo.toEpochDay());
            Map<String, Integer> actual = new TreeMap<>();
            for (int o = 0; o < counts.length; o++) {
                if (counts[o] > 0) {
                    actual.put(index.ownerName(o), counts[o]);
                }
            }
            assertEquals(expected, actual);
            assertArrayEquals(new long[] {created, won},
                    index.createdAndWon(after.toEpochDay(), upTo.toEpochDay(), wonBy.toEpochDay()));
            assertEquals(data.deals().stream().map(Deal::created).filter(c -> c != null).min(LocalDate::compareTo),
                    index.firstCreated());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void cyclesAreThoseOfAPassOverTheDeals(long seed) {
        Random random = new Random(seed);
        SalesData data = randomData(random);
        DealIndex index = DealIndex.of(data);
        for (int k = 0; k < 40; k++) {
            LocalDate date = randomDate(random);
            TimeToClose expected = straightforwardCycles(data.deals(), date);
            TimeToClose actual = TimeToClose.asOf(index, date);
            assertEquals(expected.wonCount(), actual.wonCount());
            assertEquals(expected.closedCount(), actual.closedCount());
            assertEquals(expected.typicalCycleDays(), actual.typicalCycleDays());
            assertEquals(expected.winRate(), actual.winRate());
            for (long days = -1; days <= 320; days++) {
                // the distributions of the won and of all closed cycles, day by day
                assertEquals(expected.wonCycleAtMost(days), actual.wonCycleAtMost(days), "won cycles up to " + days);
                assertEquals(expected.winProbabilityAfter(days), actual.winProbabilityAfter(days), "age " + days);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void openDealsAreThoseOfAPassOverTheDeals(long seed) {
        Random random = new Random(seed);
        SalesData data = randomData(random);
        DealIndex index = DealIndex.of(data);
        for (int k = 0; k < 40; k++) {
            LocalDate date = randomDate(random);
            long maxAge = random.nextBoolean() ? Long.MAX_VALUE : random.nextInt(300) - 5;
            assertEquals(straightforwardSnapshot(data, date, maxAge), PipelineSnapshot.at(index, date, maxAge),
                    date + ", at most " + maxAge + " days old");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44})
    void periodBookingsAreThoseOfAPassOverTheDeals(long seed) {
        Random random = new Random(seed);
        SalesData data = randomData(random);
        DealIndex index = DealIndex.of(data);
        for (int k = 0; k < 30; k++) {
            LocalDate date = randomDate(random);
            for (ForecastPeriod period : ForecastPeriod.values()) {
                assertEquals(straightforwardBookings(data.deals(), date, period), PeriodBookings.upTo(index, date, period),
                        date + " by " + period);
            }
        }
    }

    private static boolean wonBetween(Deal d, LocalDate after, LocalDate upTo) {
        return d.isWon() && d.closeDate() != null && d.closeDate().isAfter(after) && !d.closeDate().isAfter(upTo);
    }

    private static TimeToClose straightforwardCycles(List<Deal> deals, LocalDate date) {
        List<Long> won = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        for (Deal d : deals) {
            LocalDate close = d.closeDate();
            if (d.status().isClosed() && d.created() != null && close != null && !close.isAfter(date)
                    && !close.isBefore(d.created())) {
                (d.isWon() ? won : lost).add(close.toEpochDay() - d.created().toEpochDay());
            }
        }
        return TimeToClose.ofSorted(won.stream().mapToLong(Long::longValue).sorted().toArray(),
                lost.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private static List<OpenDeal> straightforwardSnapshot(SalesData data, LocalDate date, long maxAge) {
        Map<String, List<StageChange>> history = new HashMap<>();
        for (StageChange c : data.stageHistory()) {
            history.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c);
        }
        history.values().forEach(l -> l.sort(Comparator.comparing(StageChange::enteredOn)));
        List<OpenDeal> open = new ArrayList<>();
        for (Deal d : data.deals()) {
            if (d.created() == null || d.created().isAfter(date)
                    || !(d.isOpen() || (d.closeDate() != null && d.closeDate().isAfter(date)))) {
                continue;
            }
            long age = date.toEpochDay() - d.created().toEpochDay();
            if (age > maxAge) {
                continue;
            }
            List<StageChange> changes = history.getOrDefault(d.id(), List.of());
            StageChange last = changes.stream().filter(c -> !c.enteredOn().isAfter(date)).reduce((a, b) -> b)
                    .orElse(changes.isEmpty() ? null : changes.get(0));
            open.add(last != null
                    ? new OpenDeal(d, last.stage(), last.amount() != null ? last.amount() : d.amount(),
                            last.closeDate() != null ? last.closeDate() : d.closeDate(), age)
                    : new OpenDeal(d, d.isOpen() ? d.stage() : null, d.amount(), d.closeDate(), age));
        }
        return open;
    }

    private static PeriodBookings straightforwardBookings(List<Deal> deals, LocalDate date, ForecastPeriod period) {
        YearMonth last = period.lastComplete(date);
        Optional<YearMonth> start = deals.stream().flatMap(d -> java.util.stream.Stream.of(d.created(), d.closeDate()))
                .filter(d -> d != null && !d.isAfter(date)).min(LocalDate::compareTo).map(period::containing);
        if (start.isEmpty() || start.get().isAfter(last)) {
            return new PeriodBookings(period, period.containing(date), List.of());
        }
        List<BigDecimal> values = new ArrayList<>();
        for (YearMonth p = start.get(); !p.isAfter(last); p = period.plus(p, 1)) {
            LocalDate from = period.start(p);
            LocalDate to = period.end(p);
            values.add(deals.stream().filter(d -> wonBetween(d, from.minusDays(1), to)).map(Deal::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return new PeriodBookings(period, start.get(), values);
    }

    private static LocalDate randomDate(Random random) {
        return START.plusDays(random.nextInt(800) - 60);
    }

    /** Up to 300 deals over two years, about one in ten without a creation or close date. */
    static SalesData randomData(Random random) {
        int n = random.nextInt(300);
        List<Deal> deals = new ArrayList<>();
        List<StageChange> history = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate created = random.nextInt(10) == 0 ? null : START.plusDays(random.nextInt(700));
            LocalDate base = created == null ? START.plusDays(random.nextInt(700)) : created;
            LocalDate close = random.nextInt(10) == 0 ? null : base.plusDays(random.nextInt(260) - 10);
            DealStatus status = DealStatus.values()[random.nextInt(3)];
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(2_000_000) - 100_000, random.nextInt(5) - 1);
            String id = "D" + i;
            deals.add(new Deal(id, null, OWNERS[random.nextInt(OWNERS.length)], null, created, close,
                    STAGES[random.nextInt(STAGES.length)], random.nextBoolean() ? new BigDecimal("0.3") : null, amount,
                    ForecastFixtures.USD, status, null, null, null, new SourceRef("t.xlsx", "Deals", i + 2)));
            for (int c = random.nextInt(3); c > 0; c--) {
                history.add(new StageChange(id, STAGES[random.nextInt(STAGES.length)], base.plusDays(random.nextInt(200)),
                        random.nextBoolean() ? null : amount.add(BigDecimal.ONE),
                        random.nextBoolean() ? null : base.plusDays(random.nextInt(300)),
                        new SourceRef("t.xlsx", "History", history.size() + 2)));
            }
        }
        return ForecastFixtures.data(deals, List.of(), List.of(), random.nextBoolean() ? history : List.of());
    }
}
