package org.salesaudit.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Lead;
import org.salesaudit.model.Quota;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.model.StageChange;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Section;
import org.salesaudit.report.Table;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Value;

/** Hand-made data for audit tests. */
final class AuditFixtures {

    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final AuditSettings SETTINGS = new AuditSettings(AS_OF, USD, StageProbabilities.defaults());

    private static int row = 1;

    private AuditFixtures() {
    }

    static Deal deal(String id, String owner, String created, String close, String stage, String amount,
            DealStatus status) {
        return new Deal(id, null, owner, null, created == null ? null : LocalDate.parse(created),
                close == null ? null : LocalDate.parse(close), stage, null, new BigDecimal(amount), USD, status,
                null, null, null, new SourceRef("t.xlsx", "Deals", ++row));
    }

    /**
     * A lead created at noon on {@code created}; each stage date is null (not reached) or an ISO date.
     */
    static Lead lead(String id, String created, String channel, String mql, String sal, String sql,
            String customer) {
        return new Lead(id, LocalDate.parse(created).atTime(12, 0), channel, null, null, null, date(mql), date(sal),
                date(sql), date(customer), null, null, null, null, null, null, null, null, null, null, null, null,
                new SourceRef("t.xlsx", "Leads", ++row));
    }

    /**
     * {@code n} leads of a channel created on {@code created}: the first {@code customers} went all the
     * way, the next ones up to {@code sql} stopped at SQL, up to {@code mql} at MQL, the rest stayed leads.
     */
    static List<Lead> leads(String channel, String created, int n, int mql, int sql, int customers) {
        List<Lead> leads = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = channel + "-" + i;
            if (i < customers) {
                leads.add(lead(id, created, channel, created, created, created, created));
            } else if (i < sql) {
                leads.add(lead(id, created, channel, created, created, created, null));
            } else if (i < mql) {
                leads.add(lead(id, created, channel, created, null, null, null));
            } else {
                leads.add(lead(id, created, channel, null, null, null, null));
            }
        }
        return leads;
    }

    static StageChange change(String dealId, String stage, String enteredOn, String closeDate) {
        return new StageChange(dealId, stage, LocalDate.parse(enteredOn), null, date(closeDate),
                new SourceRef("t.xlsx", "StageHistory", ++row));
    }

    static SalesData withHistory(List<Deal> deals, List<StageChange> history) {
        return new SalesData(deals, List.of(), List.of(), List.of(), history, List.of(), List.of(), List.of(),
                EnumSet.of(Dataset.DEALS, Dataset.STAGE_HISTORY));
    }

    static SalesData withLeads(List<Lead> leads) {
        return new SalesData(List.of(), List.of(), List.of(), leads, List.of(), List.of(), List.of(), List.of(),
                EnumSet.of(Dataset.LEADS));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static SalesData data(List<Deal> deals, List<Rep> reps, List<Quota> quotas) {
        EnumSet<Dataset> present = EnumSet.of(Dataset.DEALS);
        if (!reps.isEmpty()) {
            present.add(Dataset.REPS);
        }
        if (!quotas.isEmpty()) {
            present.add(Dataset.QUOTAS);
        }
        return new SalesData(deals, reps, quotas, present);
    }

    static Value figure(SectionOutcome outcome, String key) {
        return ((Section) outcome).figures().stream().filter(f -> f.key().equals(key)).map(Figure::value)
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + key));
    }

    static Table table(SectionOutcome outcome, String key) {
        return ((Section) outcome).tables().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + key));
    }

    /** @return the cell of {@code column} in the first row whose first cell is the text {@code first} */
    static Value cell(Table table, String first, String column) {
        int c = java.util.stream.IntStream.range(0, table.columns().size())
                .filter(i -> table.columns().get(i).key().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + column));
        return table.rows().stream().filter(r -> r.get(0).equals(new Value.Text(first))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first)).get(c);
    }

    static double number(Value value) {
        return ((java.math.BigDecimal) value.json()).doubleValue();
    }

    static Value money(String amount) {
        return new Value.Money(new BigDecimal(amount), USD);
    }

    static Value ratio(String fraction) {
        return new Value.Ratio(new BigDecimal(fraction));
    }
}
