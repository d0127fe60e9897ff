package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.SourceRef;

class LookalikeDealsTest {

    private static Deal deal(int row, String account, String owner, LocalDate created, String amount) {
        return new Deal("D-" + row, null, owner, account, created, null, "Qualified", null, new BigDecimal(amount),
                Currency.getInstance("USD"), DealStatus.OPEN, null, null, null, new SourceRef("f.xlsx", "Deals", row));
    }

    @Test
    void pointsEachDealAtTheFirstEarlierDealWithTheSameKey() {
        Random random = new Random(5);
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            deals.add(deal(i + 2, random.nextInt(50) == 0 ? null : (random.nextBoolean() ? "Acme Inc" : "ACME inc.") + random.nextInt(40),
                    "R" + random.nextInt(5), random.nextInt(50) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(30)),
                    random.nextBoolean() ? "100" : "100.00"));
        }
        LookalikeDeals lookalikes = LookalikeDeals.of(deals);

        Map<String, Integer> firstOfKey = new HashMap<>();
        int pointed = 0;
        for (int i = 0; i < deals.size(); i++) {
            Deal d = deals.get(i);
            Integer expected = d.account() == null || d.created() == null ? null : firstOfKey.putIfAbsent(LookalikeDeals.key(d), i);
            int earlier = lookalikes.earlierWithSameDigest(i);
            assertEquals(expected == null ? -1 : expected, earlier, () -> "deal " + d);
            pointed += earlier >= 0 ? 1 : 0;
        }
        assertEquals(deals.size(), lookalikes.size());
        // "Acme Inc" and "ACME inc." are one account, 100 and 100.00 one amount: most deals repeat an earlier key
        assertEquals(true, pointed > 10_000, "" + pointed);
    }

    @Test
    void findsNothingAmongDistinctDealsAndAnswersAgainAfterMoreAreAdded() {
        LookalikeDeals lookalikes = new LookalikeDeals(1);
        lookalikes.add(deal(2, "A", "R1", LocalDate.of(2025, 1, 1), "5"));
        lookalikes.add(deal(3, "B", "R1", LocalDate.of(2025, 1, 1), "5"));
        assertEquals(-1, lookalikes.earlierWithSameDigest(0));
        assertEquals(-1, lookalikes.earlierWithSameDigest(1));
        lookalikes.add(deal(4, "b", "R1", LocalDate.of(2025, 1, 1), "5.0"));
        assertEquals(1, lookalikes.earlierWithSameDigest(2));
        assertEquals(-1, lookalikes.earlierWithSameDigest(1));
    }
}
