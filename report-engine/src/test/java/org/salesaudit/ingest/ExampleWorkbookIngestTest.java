package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salesaudit.model.Activity;
import org.salesaudit.model.CampaignPeriod;
import org.salesaudit.model.Customer;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Lead;
import org.salesaudit.model.Period;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.StageChange;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

/** Every dataset of the example workbook, with the row counts and values documented in examples/README.md. */
class ExampleWorkbookIngestTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "acme-sales.xlsx");

    /** Findings about the data as a whole, beyond the dirty cells. */
    private static final Set<String> BUSINESS_FINDINGS = Set.of("deal.open_past_close", "account.spelling");

    private static SalesData data;
    private static List<Problem> problems;

    @BeforeAll
    static void readTheExample() throws Exception {
        ProblemLog log = new ProblemLog(ProblemPolicy.COLLECT);
        data = new SalesDataReader(ColumnMapping.none()).read(List.of(EXAMPLE), Optional.empty(), log).data();
        problems = log.problems();
    }

    @Test
    void everyDatasetIsPresentWithItsDocumentedRowCount() {
        assertEquals(EnumSet.allOf(Dataset.class), data.present());
        // 1,735 rows: one duplicated row and the TBD amount are left out
        assertEquals(1733, data.deals().size());
        assertEquals(7305, data.stageHistory().size());
        assertEquals(20, data.reps().size());
        assertEquals(437, data.quotas().size());
        assertEquals(5612, data.leads().size());
        assertEquals(19287, data.activities().size());
        assertEquals(219, data.campaigns().size());
        assertEquals(512, data.customers().size());
    }

    @Test
    void onlyTheDocumentedDirtyCellsAndBusinessFindingsAreProblems() {
        List<Problem> cellProblems = problems.stream().filter(p -> !BUSINESS_FINDINGS.contains(p.code())).toList();
        assertEquals(List.of("I57", "F216", "I422", "I734", "F885", "I1012", "A1183", "D532"),
                cellProblems.stream().map(p -> p.at().cell()).toList(),
                problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
        // examples/README.md, "What the data-quality section finds"
        assertEquals(Map.of("deal.open_past_close", 62L, "account.spelling", 6L),
                problems.stream().filter(p -> BUSINESS_FINDINGS.contains(p.code()))
                        .collect(Collectors.groupingBy(Problem::code, Collectors.counting())));
        assertEquals("acme-sales.xlsx, sheet Deals, cell C1713 (Account): expected one spelling per account: "
                + "\"Pacific Payments Ltd.\" (written so 3 times), found \"Pacific Payments Ltd\" (1 row kept as written; "
                + "they count as a different account)", problems.stream()
                        .filter(p -> p.code().equals("account.spelling")).findFirst().orElseThrow().message());
    }

    @Test
    void dealsCarryLeadProductRegionAndType() {
        assertEquals(Set.of("New", "Upsell", "Cross-sell", "Renewal"),
                data.deals().stream().map(Deal::type).collect(Collectors.toSet()));
        assertEquals(Set.of("Analytics Cloud", "Data Connectors", "Premium Support"),
                data.deals().stream().map(Deal::product).collect(Collectors.toSet()));
        assertEquals(Set.of("North America", "EMEA", "APAC"),
                data.deals().stream().map(Deal::region).collect(Collectors.toSet()));
        // new business comes from a lead (except deals whose lead predates the window); expansion never does
        assertTrue(data.deals().stream().filter(d -> d.leadId() != null)
                .allMatch(d -> d.leadId().startsWith("L-") && d.type().equals("New")));
        assertTrue(data.deals().stream().filter(d -> d.leadId() != null).count() > 1000);
    }

    @Test
    void repsCarryManagerRegionAndLanguage() {
        Rep r05 = data.rep("R05").orElseThrow();
        assertEquals("pl", r05.language());
        assertTrue(List.of("Hannah Brooks", "Daniel Okafor").contains(r05.manager()), r05.toString());
        assertTrue(List.of("North America", "EMEA", "APAC").contains(r05.region()), r05.toString());
        assertEquals(LocalDate.of(2026, 2, 27), data.rep("R11").orElseThrow().endDate());
    }

    @Test
    void leadsCarryFunnelDatesScoringAttributesAndBooleans() {
        Lead first = data.leads().get(0);
        assertEquals("L-00001", first.id());
        assertTrue(first.created().isAfter(LocalDateTime.of(2024, 10, 31, 23, 59)), first.toString());
        assertEquals(1662, data.leads().stream().filter(l -> "Lead".equals(l.stage())).count());
        assertEquals(284, data.leads().stream().filter(l -> "Customer".equals(l.stage())).count());
        assertTrue(data.leads().stream().allMatch(l -> l.personaFit() != null && l.badCompanyData() != null));
        assertTrue(data.leads().stream().anyMatch(l -> Boolean.TRUE.equals(l.personaFit())));
        assertTrue(data.leads().stream().allMatch(l -> l.pricingPageVisits() != null && l.emailOpens() != null));
        assertTrue(data.leads().stream().filter(l -> l.customerDate() != null)
                .allMatch(l -> l.sqlDate() != null && !l.customerDate().isBefore(l.sqlDate())));
    }

    @Test
    void stageHistoryActivitiesCampaignsAndCustomersAreTyped() {
        StageChange change = data.stageHistory().get(0);
        assertEquals("D-00001", change.dealId());
        assertTrue(change.amount() != null && change.closeDate() != null, change.toString());
        Activity activity = data.activities().get(0);
        assertEquals("A-000001", activity.id());
        assertTrue(activity.reached() != null && activity.durationMinutes() != null, activity.toString());
        assertTrue(List.of("Call", "Email", "Meeting").contains(activity.type()));
        CampaignPeriod campaign = data.campaigns().get(0);
        assertTrue(campaign.period() != null && campaign.spend() != null && campaign.sent() != null,
                campaign.toString());
        assertTrue(data.campaigns().stream().map(CampaignPeriod::period)
                .allMatch(p -> p.compareTo(Period.parse("2024-11").orElseThrow()) >= 0));
        assertEquals(40, data.customers().stream().filter(c -> c.churnedOn() != null).count());
        assertTrue(data.customers().stream().map(Customer::recurringRevenue)
                .allMatch(r -> r != null && r.compareTo(BigDecimal.ZERO) >= 0));
    }
}
