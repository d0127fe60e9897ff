package org.salesaudit.ingest;

import java.time.LocalDate;
import java.util.List;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.Lead;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;

/**
 * Checks that each lead's funnel dates come in order: created, MQL, SAL, SQL, customer. A date before
 * an earlier stage's is reported once per lead, at the later cell; the lead is kept.
 */
final class LeadConsistency {

    private static final List<String> FIELDS = List.of("created", "mql_date", "sal_date", "sql_date", "customer_date");
    private static final List<String> NAMES = List.of("created", "MQL", "SAL", "SQL", "customer");

    private LeadConsistency() {
    }

    static void check(List<Lead> leads, CellLocator cells, ProblemLog problems) {
        for (Lead lead : leads) {
            List<LocalDate> dates = java.util.Arrays.asList(lead.created() == null ? null : lead.created().toLocalDate(),
                    lead.mqlDate(), lead.salDate(), lead.sqlDate(), lead.customerDate());
            int previous = -1;
            for (int i = 0; i < dates.size(); i++) {
                LocalDate date = dates.get(i);
                if (date == null) {
                    continue;
                }
                if (previous >= 0 && date.isBefore(dates.get(previous))) {
                    problems.report(Problem.warning("lead.dates_out_of_order", cells.locate(Dataset.LEADS, lead.source(), FIELDS.get(i)),
                            "a " + NAMES.get(i) + " date on or after the " + NAMES.get(previous) + " date "
                                    + dates.get(previous), date.toString(), "lead kept"));
                    break;
                }
                previous = i;
            }
        }
    }
}
