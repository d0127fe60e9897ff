package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunnelArithmeticTest {

    private static final List<BigDecimal> PODCAST = List.of(new BigDecimal("0.5"), new BigDecimal("0.25"));

    /** Domain worked example 1: 150 leads, 50 % reached by phone, 25 % of those close: 18.75, so 18 customers. */
    @Test
    void workedExampleOneGivesEighteenCustomers() {
        assertEquals(18, FunnelArithmetic.expectedCustomers(150, PODCAST));
    }

    /** The same arithmetic backwards: 18 customers need 18 / 0.25 = 72 reached, 72 / 0.5 = 144 leads. */
    @Test
    void reverseFunnelRunsTheExampleBackwards() {
        assertEquals(List.of(144L, 72L, 18L), FunnelArithmetic.neededPerStep(18, PODCAST));
        assertEquals(List.of(152L, 76L, 19L), FunnelArithmetic.neededPerStep(19, PODCAST));
    }

    /** Property: the leads the reverse funnel asks for always yield at least the customers asked for. */
    @ParameterizedTest
    @CsvSource({ "1, 0.5, 0.25", "18, 0.5, 0.25", "7, 0.33, 0.1", "250, 0.07, 0.9", "3, 1, 1", "40, 0.123456, 0.654321" })
    void reverseFunnelIsEnoughForTheTarget(long customers, BigDecimal first, BigDecimal second) {
        List<BigDecimal> rates = List.of(first, second);
        List<Long> needed = FunnelArithmetic.neededPerStep(customers, rates);
        assertTrue(FunnelArithmetic.expectedCustomers(needed.get(0), rates) >= customers);
        assertTrue(needed.get(0) >= needed.get(1) && needed.get(1) >= needed.get(2), "needs rise towards the top");
    }

    @Test
    void aZeroRateMeansNoVolumeIsEnough() {
        assertEquals(List.of(), FunnelArithmetic.neededPerStep(5, List.of(BigDecimal.ZERO)));
    }

    @Test
    void refusesRatesOutsideZeroAndOne() {
        assertThrows(IllegalArgumentException.class,
                () -> FunnelArithmetic.expectedCustomers(10, List.of(new BigDecimal("1.5"))));
    }
}
