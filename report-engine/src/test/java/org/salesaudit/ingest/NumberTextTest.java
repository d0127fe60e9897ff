package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast paths of {@link NumberText} give exactly what the general BigDecimal route gives. */
class NumberTextTest {

    private static BigDecimal generalDecimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    @Test
    void matchesTheGeneralRouteForWholeFractionalTinyAndHugeNumbers() {
        Random random = new Random(11);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.1, 100.0, 1500.5, 12_345_678.0,
                1e7, 1e15, 9_007_199_254_740_991.0, 9_007_199_254_740_992.0, 1e22, 1e-5, 0.001, -123.456, 45000.5));
        for (int i = 0; i < 50_000; i++) {
            values.add((double) random.nextInt(10_000_000));
            values.add(random.nextInt(100_000_000) / 100.0);
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            values.add(-random.nextLong() / 7.0);
        }
        for (double v : values) {
            BigDecimal expected = generalDecimal(v);
            assertEquals(expected, NumberText.decimal(v), () -> "decimal " + v);
            assertEquals(expected.toPlainString(), NumberText.plain(v), () -> "plain " + v);
        }
    }

    @Test
    void rowFingerprintsHashNumbersAsTheirShownText() {
        SheetBinding binding = new SheetBinding(org.salesaudit.model.Dataset.DEALS, "f.xlsx", "Deals", 1,
                java.util.Map.of(), java.util.Map.of(), List.of(), java.util.Map.of(), 0, SheetBinding.LAST_COLUMN);
        for (double v : new double[] {0, -0.0, 7, -7, 10, 1234567890123L, -9_007_199_254_740_991.0, 12.5, 1e20}) {
            List<RawCell> cells = List.of(RawCell.numberAt(v, 1, 0), RawCell.textAt("x", 1, 1));
            List<RawCell> asText = List.of(RawCell.textAt(NumberText.plain(v), 1, 0), RawCell.textAt("x", 1, 1));
            assertEquals(reader(binding, asText).fingerprint(), reader(binding, cells).fingerprint(), () -> "" + v);
        }
    }

    @Test
    void rowFingerprintsHashDatesAsTheirShownText() {
        SheetBinding binding = new SheetBinding(org.salesaudit.model.Dataset.DEALS, "f.xlsx", "Deals", 1,
                java.util.Map.of(), java.util.Map.of(), List.of(), java.util.Map.of(), 0, SheetBinding.LAST_COLUMN);
        java.time.LocalDateTime[] dates = {java.time.LocalDateTime.of(2024, 3, 5, 0, 0),
            java.time.LocalDateTime.of(1999, 12, 31, 0, 0), java.time.LocalDateTime.of(2024, 3, 5, 14, 30),
            java.time.LocalDateTime.of(2024, 3, 5, 0, 0, 1), java.time.LocalDateTime.of(999, 1, 1, 0, 0),
            java.time.LocalDateTime.of(10_000, 1, 1, 0, 0)};
        java.util.Set<Long> distinct = new java.util.HashSet<>();
        for (java.time.LocalDateTime at : dates) {
            List<RawCell> cells = List.of(RawCell.dateAt(at, 1, 0), RawCell.textAt("x", 1, 1));
            String shown = RawCell.dateAt(at, 1, 0).shown();
            List<RawCell> asText = List.of(RawCell.textAt(shown, 1, 0), RawCell.textAt("x", 1, 1));
            long fingerprint = reader(binding, cells).fingerprint();
            assertEquals(reader(binding, asText).fingerprint(), fingerprint, () -> shown);
            distinct.add(fingerprint);
        }
        assertEquals(dates.length, distinct.size());
    }

    private static RowReader reader(SheetBinding binding, List<RawCell> cells) {
        return new RowReader(binding, 2, cells, new org.salesaudit.problem.ProblemLog(
                org.salesaudit.problem.ProblemPolicy.COLLECT), false, new ValuePool());
    }
}
