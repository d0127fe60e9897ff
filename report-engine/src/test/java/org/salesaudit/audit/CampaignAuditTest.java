package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.salesaudit.audit.AuditFixtures.SETTINGS;
import static org.salesaudit.audit.AuditFixtures.USD;
import static org.salesaudit.audit.AuditFixtures.cell;
import static org.salesaudit.audit.AuditFixtures.figure;
import static org.salesaudit.audit.AuditFixtures.money;
import static org.salesaudit.audit.AuditFixtures.ratio;
import static org.salesaudit.audit.AuditFixtures.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.CampaignPeriod;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Lead;
import org.salesaudit.model.Period;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Three campaigns in 2026-03, 1,000 e-mails each: Good (Email, spend 1,000; 400 opened, 80 clicked),
 * Mid (Email, 1,000; 300, 50), Cold (Outbound, 5,000; 80, 5). Median open rate 30 %, click rate 5 %:
 * Cold opens 8 % (< 15 %), so it is weak. Good's 10 leads: 5 MQL, 2 SQL, 1 customer whose won deal
 * books 10,000; Cold's 10 leads convert nobody. Email: spend 2,000, bookings 10,000, return 5.00;
 * Outbound: 5,000 spent for nothing, return 0.00, below 2:1.
 */
class CampaignAuditTest {

    private static CampaignPeriod row(String campaign, String channel, String month, String spend, long opened,
            long clicked) {
        return new CampaignPeriod(campaign, channel, Period.month(YearMonth.parse(month)), new BigDecimal(spend),
                1000L, opened, clicked, new SourceRef("t", "Campaigns", 2));
    }

    private static Lead lead(String id, String campaign, boolean mql, boolean sql, boolean customer) {
        LocalDate d = LocalDate.of(2026, 3, 10);
        return new Lead(id, d.atTime(9, 0), "Web", campaign, null, null, mql ? d : null, null, sql ? d : null,
                customer ? d : null, null, null, null, null, null, null, null, null, null, null, null, null,
                new SourceRef("t", "Leads", 2));
    }

    private static SectionOutcome run() {
        List<CampaignPeriod> rows = List.of(row("Good", "Email", "2026-03", "1000", 400, 80),
                row("Mid", "Email", "2026-03", "1000", 300, 50), row("Cold", "Outbound", "2026-03", "5000", 80, 5),
                row("Cold", "Outbound", "2024-03", "99999", 0, 0));
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            leads.add(lead("G" + i, "Good", i < 5, i < 2, i < 1));
            leads.add(lead("C" + i, "Cold", false, false, false));
        }
        List<Deal> deals = List.of(new Deal("D1", "G0", "R1", null, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 5, 1), "Closed Won", null, new BigDecimal("10000"), USD, DealStatus.WON, null, null,
                null, new SourceRef("t", "Deals", 2)));
        return new CampaignAudit().run(new SalesData(deals, List.of(), List.of(), leads, List.of(), List.of(), rows,
                List.of(), EnumSet.of(Dataset.DEALS, Dataset.LEADS, Dataset.CAMPAIGNS)), SETTINGS);
    }

    @Test
    void openAndClickRatesAndConversionPerCampaign() {
        SectionOutcome outcome = run();
        Table campaigns = table(outcome, "audit.campaigns.by_campaign");
        assertEquals(ratio("0.080000"), cell(campaigns, "Cold", "open_rate"));
        assertEquals(ratio("0.005000"), cell(campaigns, "Cold", "click_rate"));
        assertEquals(money("5000.00"), cell(campaigns, "Cold", "spend"));
        Table conversion = table(outcome, "audit.campaigns.conversion");
        assertEquals(ratio("0.400000"), cell(conversion, "Good", "mql_to_sql"));
        assertEquals(ratio("0.500000"), cell(conversion, "Good", "sql_to_customer"));
        assertEquals(money("10000.00"), cell(conversion, "Good", "bookings"));
        assertEquals(ratio("0.300000"), figure(outcome, "audit.campaigns.median_open_rate"));
        assertEquals(new Value.Count(1), figure(outcome, "audit.campaigns.weak"));
        assertEquals(money("7000.00"), figure(outcome, "audit.campaigns.cac"));
    }

    @Test
    void channelsAreHeldAgainstTwoToOne() {
        Table channels = table(run(), "audit.campaigns.by_channel");
        assertEquals(new Value.Quantity(new BigDecimal("5.00")), cell(channels, "Email", "return_on_spend"));
        assertEquals(money("2000.00"), cell(channels, "Email", "cac"));
        assertEquals(new Value.Quantity(new BigDecimal("0.00")), cell(channels, "Outbound", "return_on_spend"));
    }

    @Test
    void weakCampaignsAndLowReturnsAreFindings() {
        List<Finding> findings = ((Section) run()).findings();
        assertEquals(List.of("finding.campaigns.weak", "finding.campaigns.low_return"),
                findings.stream().map(Finding::messageKey).toList());
        assertEquals(new Value.Text("Cold"), findings.get(0).args().get(0));
        assertEquals(new BigDecimal("5000.00"), findings.get(1).moneyAtStake());
    }

    @Test
    void skipsWithoutCampaigns() {
        assertInstanceOf(org.salesaudit.report.Skipped.class,
                new CampaignAudit().run(AuditFixtures.data(List.of(), List.of(), List.of()), SETTINGS));
    }
}
