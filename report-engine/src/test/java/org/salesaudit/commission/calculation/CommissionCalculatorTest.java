package org.salesaudit.commission.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salesaudit.commission.calculation.PlanFixtures.d;
import static org.salesaudit.commission.calculation.PlanFixtures.tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.commission.plans.DrawType;
import org.salesaudit.commission.plans.Spif;
import org.salesaudit.commission.plans.TierMethod;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

/** Golden tests: every figure below is computed by hand, in cents. */
class CommissionCalculatorTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final LocalDate OCT_10 = LocalDate.of(2026, 10, 10);
    private static final LocalDate OCT_20 = LocalDate.of(2026, 10, 20);

    private static RepMonth only(PlanFixtures f, YearMonth month, String rep) throws Exception {
        CommissionRun run = f.calculator().calculate(month, List.of(), new ProblemLog(ProblemPolicy.COLLECT));
        return run.statements().stream().filter(m -> m.rep().id().equals(rep)).findFirst().orElseThrow();
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(d(expected), actual, "expected " + expected + " but was " + actual);
    }

    private static PlanFixtures.Version tiered(TierMethod method) {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.method = method;
        v.tiers = List.of(tier("0", "100", "10"), tier("100", "150", "15"), tier("150", null, "20"));
        return v;
    }

    // Worked example 5: a junior with a $10,000 target and a senior with $25,000 both earn 10 % when the
    // target is reached; pay = base salary + commission.
    @Test
    void workedExample5JuniorAndSeniorEarnTenPercentAtTarget() throws Exception {
        PlanFixtures.Version junior = new PlanFixtures.Version();
        junior.plan = "JUNIOR";
        junior.threshold = "100";
        junior.base = "3000";
        PlanFixtures.Version senior = new PlanFixtures.Version();
        senior.plan = "SENIOR";
        senior.target = "25000";
        senior.threshold = "100";
        senior.base = "5000";
        PlanFixtures f = new PlanFixtures().plan(junior).plan(senior)
                .assign("J", "JUNIOR").assign("S", "SENIOR").assign("J2", "JUNIOR")
                .won("D1", "J", OCT_10, "10000").won("D2", "S", OCT_10, "25000").won("D3", "J2", OCT_10, "9999.99");

        RepMonth j = only(f, OCT, "J");
        RepMonth s = only(f, OCT, "S");
        RepMonth j2 = only(f, OCT, "J2");

        assertMoney("1000.00", j.commission());
        assertMoney("4000.00", j.totalPay());
        assertMoney("2500.00", s.commission());
        assertMoney("7500.00", s.totalPay());
        assertMoney("0.00", j2.commission());
        assertMoney("3000.00", j2.totalPay());
        assertEquals(CalculationStep.Kind.BELOW_THRESHOLD, j2.segments().get(0).steps().get(0).kind());
    }

    @Test
    void tierPaysTheWholeCreditAtTheReachedRateMarginalPaysBracketByBracket() throws Exception {
        PlanFixtures tier = new PlanFixtures().plan(tiered(TierMethod.TIER)).assign("A", "P")
                .won("D1", "A", OCT_10, "12000");
        PlanFixtures marginal = new PlanFixtures().plan(tiered(TierMethod.MARGINAL)).assign("A", "P")
                .won("D1", "A", OCT_10, "12000");

        // 12,000 on 10,000 = 120 %: tier 12,000 × 15 % = 1,800.00;
        // marginal 10,000 × 10 % + 2,000 × 15 % = 1,000.00 + 300.00
        assertMoney("1800.00", only(tier, OCT, "A").commission());
        RepMonth m = only(marginal, OCT, "A");
        assertMoney("1300.00", m.commission());
        assertEquals(2, m.segments().get(0).steps().size());
        assertMoney("300.00", m.segments().get(0).steps().get(1).amount());
    }

    @Test
    void acceleratorAbove150PercentInBothMethods() throws Exception {
        PlanFixtures tier = new PlanFixtures().plan(tiered(TierMethod.TIER)).assign("A", "P")
                .won("D1", "A", OCT_10, "16000");
        PlanFixtures marginal = new PlanFixtures().plan(tiered(TierMethod.MARGINAL)).assign("A", "P")
                .won("D1", "A", OCT_10, "16000");

        // tier: 16,000 × 20 % = 3,200.00; marginal: 1,000.00 + 5,000 × 15 % + 1,000 × 20 % = 1,950.00
        assertMoney("3200.00", only(tier, OCT, "A").commission());
        assertMoney("1950.00", only(marginal, OCT, "A").commission());
    }

    @Test
    void exactlyAtATierBoundaryTakesTheUpperTier() throws Exception {
        PlanFixtures f = new PlanFixtures().plan(tiered(TierMethod.TIER)).assign("A", "P").won("D1", "A", OCT_10, "10000");

        assertMoney("1500.00", only(f, OCT, "A").commission());
    }

    @Test
    void deceleratorBelowTargetPaysALowerRate() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.tiers = List.of(tier("0", "75", "5"), tier("75", null, "10"));
        PlanFixtures f = new PlanFixtures().plan(v).assign("A", "P").assign("B", "P")
                .won("D1", "A", OCT_10, "6000").won("D2", "B", OCT_10, "7500");

        assertMoney("300.00", only(f, OCT, "A").commission()); // 6,000 × 5 %
        assertMoney("750.00", only(f, OCT, "B").commission()); // 7,500 × 10 %
    }

    @Test
    void thresholdPaysNothingBelowAndEverythingFromIt() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.threshold = "50";
        PlanFixtures f = new PlanFixtures().plan(v).assign("A", "P").assign("B", "P")
                .won("D1", "A", OCT_10, "4999.99").won("D2", "B", OCT_10, "5000");

        assertMoney("0.00", only(f, OCT, "A").commission());
        assertMoney("500.00", only(f, OCT, "B").commission());
    }

    @Test
    void absoluteCapAndCapAsPercentOfTarget() throws Exception {
        PlanFixtures.Version absolute = tiered(TierMethod.TIER);
        absolute.cap = "1500";
        PlanFixtures.Version ofTarget = tiered(TierMethod.TIER);
        ofTarget.plan = "Q";
        ofTarget.capOfTarget = "12";
        PlanFixtures f = new PlanFixtures().plan(absolute).plan(ofTarget).assign("A", "P").assign("B", "Q")
                .won("D1", "A", OCT_10, "16000").won("D2", "B", OCT_10, "16000");

        RepMonth a = only(f, OCT, "A");
        assertMoney("1500.00", a.commission()); // 3,200.00 capped at 1,500.00
        assertEquals(CalculationStep.Kind.CAP, a.segments().get(0).steps().get(1).kind());
        assertMoney("3200.00", a.segments().get(0).steps().get(1).base());
        assertMoney("1200.00", only(f, OCT, "B").commission()); // 12 % of 10,000
    }

    @Test
    void spifPaysTheBonusTimesTheShareOfEachQualifyingDeal() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.spifs = List.of(new Spif("Analytics", d("250"), PlanFixtures.SRC));
        PlanFixtures f = new PlanFixtures().plan(v).assign("A", "P").assign("B", "P")
                .won("D1", "A", OCT_10, "1000", "Analytics").won("D2", "A", OCT_10, "1000", "Other")
                .split("D1", "A", "60").split("D1", "B", "40");

        RepMonth a = only(f, OCT, "A");
        RepMonth b = only(f, OCT, "B");
        assertMoney("150.00", a.spif());
        assertMoney("100.00", b.spif());
        // commission 10 % of 600 + 1,000 credit = 160.00, plus SPIF 150.00
        assertMoney("310.00", a.earned());
    }

    @Test
    void splitsAreAllocatedByLargestRemainderAndAddUpToTheDeal() throws Exception {
        PlanFixtures f = new PlanFixtures().plan(new PlanFixtures.Version()).assign("A", "P").assign("B", "P")
                .assign("C", "P").won("D1", "A", OCT_10, "1000.01")
                .split("D1", "A", "33.33").split("D1", "B", "33.33").split("D1", "C", "33.34");

        // 1,000.01 × 33.33 % = 333.303 333 (twice), × 33.34 % = 333.403 334: floors 333.30 + 333.30 + 333.40
        // = 1,000.00; the cent left goes to the largest remainder, C's .003 334
        assertMoney("333.30", only(f, OCT, "A").credit());
        assertMoney("333.30", only(f, OCT, "B").credit());
        assertMoney("333.41", only(f, OCT, "C").credit());
    }

    @Test
    void recoverableDrawIsPaidThenRecoveredFromTheNextMonth() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.draw = "2000";
        PlanFixtures f = new PlanFixtures().plan(v).assign("A", "P", LocalDate.of(2026, 9, 1), null, "100")
                .won("D1", "A", LocalDate.of(2026, 9, 10), "5000").won("D2", "A", OCT_10, "40000");

        CommissionRun run = f.calculator().calculate(OCT, List.of(), new ProblemLog(ProblemPolicy.COLLECT));
        RepMonth sep = run.month(YearMonth.of(2026, 9)).get(0);
        RepMonth oct = run.statements().get(0);

        // September: earned 500.00, draw 2,000.00 paid, 1,500.00 owed
        assertMoney("2000.00", sep.ledger().paid());
        assertMoney("1500.00", sep.ledger().balanceAfter());
        // October: earned 4,000.00; 2,000.00 above the draw, 1,500.00 of it recovered
        assertMoney("1500.00", oct.balanceBefore());
        assertMoney("1500.00", oct.ledger().recovered());
        assertMoney("2500.00", oct.ledger().paid());
        assertMoney("0.00", oct.ledger().balanceAfter());
        assertMoney("4500.00", oct.yearToDate().variablePaid());
    }

    @Test
    void nonRecoverableDrawIsAGuaranteeWithNoBalance() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.draw = "2000";
        v.drawType = DrawType.NON_RECOVERABLE;
        PlanFixtures f = new PlanFixtures().plan(v).assign("A", "P", LocalDate.of(2026, 9, 1), null, "100")
                .won("D1", "A", LocalDate.of(2026, 9, 10), "5000").won("D2", "A", OCT_10, "40000");

        CommissionRun run = f.calculator().calculate(OCT, List.of(), new ProblemLog(ProblemPolicy.COLLECT));

        assertMoney("2000.00", run.month(YearMonth.of(2026, 9)).get(0).ledger().paid());
        assertMoney("0.00", run.month(YearMonth.of(2026, 9)).get(0).ledger().balanceAfter());
        assertMoney("4000.00", run.statements().get(0).ledger().paid());
    }

    @Test
    void clawbackWithinTheWindowTakesBackTheWholeLineAndNotAfterIt() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.clawbackDays = 30;
        v.spifs = List.of(new Spif("*", d("100"), PlanFixtures.SRC));
        PlanFixtures f = new PlanFixtures().plan(v).assign("A", "P", LocalDate.of(2026, 9, 1), null, "100")
                .won("D1", "A", LocalDate.of(2026, 9, 10), "3000").won("D2", "A", LocalDate.of(2026, 9, 12), "2000")
                .won("D3", "A", OCT_10, "1000")
                .cancel("D1", OCT_20)                       // paid 30 Sep, cancelled 20 days later
                .cancel("D2", LocalDate.of(2026, 11, 15));  // 46 days later: outside the window

        RepMonth oct = only(f, OCT, "A");
        RepMonth nov = only(f, YearMonth.of(2026, 11), "A");

        // D1 earned 300.00 commission + 100.00 SPIF in September
        assertEquals(1, oct.clawbacks().size());
        assertMoney("-400.00", oct.clawbackTotal());
        assertEquals(20, oct.clawbacks().get(0).days());
        // October: 100.00 + 100.00 SPIF − 400.00 = −200.00: nothing paid, 200.00 carried
        assertMoney("-200.00", oct.earned());
        assertMoney("0.00", oct.ledger().paid());
        assertMoney("200.00", oct.ledger().balanceAfter());
        assertTrue(nov.clawbacks().isEmpty());
    }

    @Test
    void aClawbackAfterTheRepLeftThePlanStillAppearsOnAStatement() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.clawbackDays = 60;
        PlanFixtures f = new PlanFixtures().plan(v)
                .assign("A", "P", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), "100")
                .won("D1", "A", LocalDate.of(2026, 9, 10), "3000").cancel("D1", OCT_20);
        org.salesaudit.model.Rep a = f.reps.get(0);
        f.reps.set(0, new org.salesaudit.model.Rep(a.id(), a.name(), a.team(), null, null, null, null,
                LocalDate.of(2026, 9, 30), null, a.source()));

        RepMonth oct = only(f, OCT, "A");

        assertTrue(oct.segments().isEmpty());
        assertMoney("-300.00", oct.clawbackTotal());
        assertMoney("300.00", oct.ledger().balanceAfter());
    }

    @Test
    void dealCancelledInTheMonthItClosedIsNeverCredited() throws Exception {
        PlanFixtures f = new PlanFixtures().plan(new PlanFixtures.Version()).assign("A", "P")
                .won("D1", "A", OCT_10, "3000").cancel("D1", OCT_20);

        assertMoney("0.00", only(f, OCT, "A").credit());
    }

    @Test
    void newHireRampScalesTheTarget() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.threshold = "100";
        PlanFixtures f = new PlanFixtures().plan(v).assign("A", "P", LocalDate.of(2026, 10, 1), null, "50")
                .won("D1", "A", OCT_10, "5000");

        RepMonth a = only(f, OCT, "A");
        assertMoney("5000.00", a.target());
        assertEquals(0, a.attainment().compareTo(BigDecimal.ONE));
        assertMoney("500.00", a.commission());
    }

    @Test
    void midMonthPlanChangeProratesTargetsAndPaysEachDealUnderItsVersion() throws Exception {
        PlanFixtures.Version v1 = new PlanFixtures.Version();
        v1.to = LocalDate.of(2026, 10, 15);
        v1.base = "3100";
        PlanFixtures.Version v2 = new PlanFixtures.Version();
        v2.version = "v2";
        v2.from = LocalDate.of(2026, 10, 16);
        v2.target = "12400";
        v2.base = "3100";
        v2.tiers = List.of(tier("0", null, "12"));
        PlanFixtures f = new PlanFixtures().plan(v1).plan(v2).assign("A", "P")
                .won("D1", "A", OCT_10, "3000").won("D2", "A", OCT_20, "5000");

        RepMonth a = only(f, OCT, "A");

        assertEquals(2, a.segments().size());
        // 10,000 × 15/31 = 4,838.709… → 4,838.71; 12,400 × 16/31 = 6,400.00
        assertMoney("4838.71", a.segments().get(0).target());
        assertMoney("6400.00", a.segments().get(1).target());
        // 3,000 × 10 % + 5,000 × 12 %
        assertMoney("300.00", a.segments().get(0).commission());
        assertMoney("600.00", a.segments().get(1).commission());
        assertEquals("P v2", a.segments().get(1).lines().get(0).plan());
        // base 3,100 × 15/31 + 3,100 × 16/31 = 1,500.00 + 1,600.00
        assertMoney("3100.00", a.baseSalary());
    }

    @Test
    void linesAddUpToTheSegmentCommissionByLargestRemainder() throws Exception {
        PlanFixtures f = new PlanFixtures().plan(tiered(TierMethod.MARGINAL)).assign("A", "P")
                .won("D1", "A", OCT_10, "5000").won("D2", "A", OCT_20, "7000");

        RepMonth a = only(f, OCT, "A");

        // 1,300.00 split 5:7 = 541.666… and 758.333…: 541.66 + 758.33 = 1,299.99, the cent to D1
        assertMoney("541.67", a.lines().get(0).commission());
        assertMoney("758.33", a.lines().get(1).commission());
        assertMoney("1300.00", a.commission());
    }

    @Test
    void yearToDateRestartsInJanuary() throws Exception {
        PlanFixtures.Version v = new PlanFixtures.Version();
        v.from = LocalDate.of(2025, 12, 1);
        PlanFixtures f = new PlanFixtures().plan(v).assign("A", "P", LocalDate.of(2025, 12, 1),
                null, "100").won("D1", "A", LocalDate.of(2025, 12, 5), "1000").won("D2", "A", LocalDate.of(2026, 1, 5), "2000");

        RepMonth jan = only(f, YearMonth.of(2026, 1), "A");

        assertMoney("2000.00", jan.yearToDate().credit());
        assertMoney("200.00", jan.yearToDate().earned());
    }
}
