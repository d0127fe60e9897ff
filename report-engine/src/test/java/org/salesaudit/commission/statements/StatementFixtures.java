package org.salesaudit.commission.statements;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.salesaudit.commission.CommissionWorkbooks;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.engine.CommissionEngine;
import org.salesaudit.engine.CommissionRequest;

/** The October 2026 statement of one rep, R01 "Ada" of team East, computed from the deal rows given. */
final class StatementFixtures {

    private StatementFixtures() {
    }

    /**
     * @param deals rows of {@link CommissionWorkbooks#DEAL_HEADERS} followed by an Account column
     */
    static RepMonth statement(Path dir, String language, List<List<Object>> deals) throws Exception {
        List<String> headers = new ArrayList<>(CommissionWorkbooks.DEAL_HEADERS);
        headers.add("Account");
        Path workbook = CommissionWorkbooks.with(headers, deals, List.of(List.of("R01", "Ada", "East", language)))
                .write(dir.resolve("crm.xlsx"));
        return new CommissionEngine(1).calculate(CommissionRequest.of(List.of(workbook), dir.resolve("out"),
                YearMonth.of(2026, 10))).statements().get(0);
    }
}
