package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.change;
import static org.salesaudit.audit.AuditFixtures.deal;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.money;
import static org.salesaudit.audit.AuditFixtures.number;
import static org.salesaudit.audit.AuditFixtures.ratio;
import static org.salesaudit.audit.AuditFixtures.table;
import static org.salesaudit.audit.AuditFixtures.withHistory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.StageChange;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * 50 closed deals went Discovery call → Qualified → Product demo → Product trial → Final negotiation
 * (30 won, 20 lost); 50 more went Discovery call → Qualified and were lost. So Discovery call and
 * Qualified: 30 won of 100 (0.30); the later stages: 30 of 50 (0.60). Open: 100,000 in Final
 * negotiation (stated 80 %: 80,000; empirical 60 %: 60,000; overstated by 20,000) and 10,000 in
 * Discovery call (stated 10 %: 1,000; empirical 30 %: 3,000; understated by 2,000).
 */
class StageCalibrationAuditTest {

    private final List<Deal> deals = new ArrayList<>();
    private final List<StageChange> history = new ArrayList<>();

    private void closed(String id, boolean won, String... stages) {
        deals.add(deal(id, "R1", "2026-01-05", "2026-06-30", won ? "Closed Won" : "Closed Lost", "5000",
                won ? DealStatus.WON : DealStatus.LOST));
        for (String stage : stages) {
            history.add(change(id, stage, "2026-01-05", "2026-06-30"));
        }
        history.add(change(id, won ? "Closed Won" : "Closed Lost", "2026-06-30", "2026-06-30"));
    }

    private SectionOutcome run() {
        for (int i = 0; i < 50; i++) {
            closed("F" + i, i < 30, "Discovery call", "Qualified", "Product demo", "Product trial",
                    "Final negotiation");
            closed("Q" + i, false, "Discovery call", "Qualified");
        }
        deals.add(deal("OPEN-FN", "R1", "2026-08-01", "2026-11-30", "Final negotiation", "100000", DealStatus.OPEN));
        deals.add(deal("OPEN-DC", "R1", "2026-10-01", "2026-12-30", "Discovery call", "10000", DealStatus.OPEN));
        deals.add(deal("LATER", "R1", "2026-11-05", "2026-12-30", "Final negotiation", "500000", DealStatus.OPEN));
        return new StageCalibrationAudit().run(withHistory(deals, history), SETTINGS);
    }

    @Test
    void empiricalProbabilityIsTheShareWonOfClosedDealsThatEnteredTheStage() {
        Table stages = table(run(), "audit.stage_calibration.stages");
        assertEquals(new Value.Count(100), cell(stages, "Discovery call", "closed_deals"));
        assertEquals(ratio("0.300000"), cell(stages, "Discovery call", "empirical"));
        assertEquals(ratio("0.600000"), cell(stages, "Final negotiation", "empirical"));
        assertEquals(new Value.Ratio(new BigDecimal("0.60")), cell(stages, "Product trial", "suggested"));
        // Wilson 95 %: 30/100 -> 0.218949..0.395849, 30/50 -> 0.461814..0.723916 (Python 3 stdlib, see ProportionTest)
        assertEquals(0.218949, number(cell(stages, "Qualified", "low")), 1e-6);
        assertEquals(0.723916, number(cell(stages, "Final negotiation", "high")), 1e-6);
    }

    @Test
    void overstatementIsTheWeightedPipelineAtStatedMinusAtEmpiricalProbabilities() {
        SectionOutcome outcome = run();
        assertEquals(money("81000.00"), figure(outcome, "audit.stage_calibration.weighted_stated"));
        assertEquals(money("63000.00"), figure(outcome, "audit.stage_calibration.weighted_empirical"));
        assertEquals(money("18000.00"), figure(outcome, "audit.stage_calibration.overstatement"));
        assertEquals(money("20000.00"), cell(table(outcome, "audit.stage_calibration.pipeline"), "Final negotiation",
                "overstatement"));
    }

    @Test
    void stagesWhoseStatedProbabilityIsOutsideTheIntervalAreFindingsRankedByMoney() {
        List<Finding> findings = ((Section) run()).findings().stream().sorted(Finding.BY_MONEY_AT_STAKE).toList();
        assertEquals(2, findings.size());
        assertEquals("finding.stage_calibration.overstated", findings.get(0).messageKey());
        assertEquals(new Value.Text("Final negotiation"), findings.get(0).args().get(0));
        assertEquals(new BigDecimal("20000.00"), findings.get(0).moneyAtStake());
        assertEquals("finding.stage_calibration.understated", findings.get(1).messageKey());
        assertEquals(new BigDecimal("2000.00"), findings.get(1).moneyAtStake());
    }

    @Test
    void skipsWithoutStageHistoryOrClosedDeals() {
        SectionOutcome noHistory = new StageCalibrationAudit().run(
                AuditFixtures.data(List.of(deal("D", "R1", "2026-01-01", null, "Qualified", "1", DealStatus.OPEN)),
                        List.of(), List.of()), SETTINGS);
        assertEquals("skipped.noSheet", ((Skipped) noHistory).reasonKey());
        SectionOutcome onlyOpen = new StageCalibrationAudit().run(withHistory(
                List.of(deal("D", "R1", "2026-01-01", null, "Qualified", "1", DealStatus.OPEN)),
                List.of(change("D", "Qualified", "2026-01-01", null))), SETTINGS);
        assertInstanceOf(Skipped.class, onlyOpen);
    }

    /**
     * Deals that skip Product demo make its raw rate dip. 20 deals went through every stage to Final
     * negotiation (10 won); 20 skipped Product demo (all won); 20 were lost in Product demo; 40 were lost
     * in Discovery call. Raw rates: Discovery call 30/100 = 0.30, Qualified 30/60 = 0.50, Product demo
     * 10/40 = 0.25, Product trial 30/40 = 0.75, Final negotiation 30/40 = 0.75. Qualified and Product demo
     * violate the order and pool, weighted by their closed deals: (30 + 10) / (60 + 40) = 0.40 ≥ 0.30, so
     * the pool stops there. Suggested: 0.30, 0.40, 0.40, 0.75, 0.75; the empirical column keeps the raw rates.
     */
    @Test
    void suggestedProbabilitiesRiseAlongTheFunnelByPoolingAdjacentViolators() {
        for (int i = 0; i < 20; i++) {
            closed("ALL" + i, i < 10, "Discovery call", "Qualified", "Product demo", "Product trial",
                    "Final negotiation");
            closed("SKIP" + i, true, "Discovery call", "Qualified", "Product trial", "Final negotiation");
            closed("PD" + i, false, "Discovery call", "Qualified", "Product demo");
        }
        for (int i = 0; i < 40; i++) {
            closed("DC" + i, false, "Discovery call");
        }
        Table stages = table(new StageCalibrationAudit().run(withHistory(deals, history), SETTINGS),
                "audit.stage_calibration.stages");

        assertEquals(ratio("0.500000"), cell(stages, "Qualified", "empirical"));
        assertEquals(ratio("0.250000"), cell(stages, "Product demo", "empirical"));
        assertEquals(new Value.Ratio(new BigDecimal("0.30")), cell(stages, "Discovery call", "suggested"));
        assertEquals(new Value.Ratio(new BigDecimal("0.40")), cell(stages, "Qualified", "suggested"));
        assertEquals(new Value.Ratio(new BigDecimal("0.40")), cell(stages, "Product demo", "suggested"));
        assertEquals(new Value.Ratio(new BigDecimal("0.75")), cell(stages, "Product trial", "suggested"));
        assertEquals(new Value.Ratio(new BigDecimal("0.75")), cell(stages, "Final negotiation", "suggested"));
    }
}
