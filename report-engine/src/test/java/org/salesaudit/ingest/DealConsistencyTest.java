package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

class DealConsistencyTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 30);

    private final List<Deal> deals = new ArrayList<>();

    private void deal(String account, String owner, String created, String amount) {
        int row = deals.size() + 2;
        deals.add(new Deal("D" + row, null, owner, account, created == null ? null : LocalDate.parse(created), null,
                "Qualified", null, new BigDecimal(amount), Currency.getInstance("USD"), DealStatus.OPEN, null, null,
                null, new SourceRef("deals.xlsx", "Deals", row)));
    }

    private List<String> nearDuplicates() {
        ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);
        new DealConsistency(AS_OF, StageProbabilities.defaults(), new CellLocator(), problems)
                .check(deals, List.of(), false);
        return problems.problems().stream().filter(p -> p.code().equals("deal.near_duplicate"))
                .map(DealConsistencyTest::describe).toList();
    }

    private static String describe(Problem p) {
        return p.found() + ": " + p.expected();
    }

    @Test
    void dealsWithTheSameAccountOwnerDateAndAmountAreNearDuplicates() {
        deal("Acme Inc", "R1", "2026-01-05", "1000");
        deal("ACME inc.", "R1", "2026-01-05", "1000.00");
        deal("Acme Inc", "R1", "2026-01-05", "1000.01");
        deal("Acme Inc", "R2", "2026-01-05", "1000");
        deal("Acme Inc", "R1", "2026-01-06", "1000");
        deal("Acme Ltd", "R1", "2026-01-05", "1000");
        deal("Acme", null, "2026-01-05", "250");
        deal("acme", null, "2026-01-05", "250.0");
        deal("Acme", "R1", null, "1000");
        deal("Acme", "R1", null, "1000");
        assertEquals(List.of(
                "D3: a deal other than D2 (row 2 has the same account, owner, created date and amount)",
                "D9: a deal other than D8 (row 8 has the same account, owner, created date and amount)"),
                nearDuplicates());
    }

    @Test
    void aThirdCopyPointsToTheFirst() {
        deal("Globex", "R7", "2025-12-31", "0");
        deal("Globex", "R7", "2025-12-31", "0.00");
        deal("Initech", "R7", "2025-12-31", "0");
        deal("GLOBEX", "R7", "2025-12-31", "0E+2");
        assertEquals(List.of(
                "D3: a deal other than D2 (row 2 has the same account, owner, created date and amount)",
                "D5: a deal other than D2 (row 2 has the same account, owner, created date and amount)"),
                nearDuplicates());
    }
}
