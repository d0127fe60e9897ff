package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.salesaudit.model.Activity;
import org.salesaudit.model.CampaignPeriod;
import org.salesaudit.model.Customer;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.model.Lead;
import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.model.SourceRef;
import org.salesaudit.model.StageChange;
import org.salesaudit.render.Messages;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Finding;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Every audit on a complete, seeded synthetic data set (every sheet present): every section is produced,
 * every ratio lies within its bounds, and every message key a section uses exists in all five bundles.
 */
class AllAuditsTest {

    private static final String[] CHANNELS = {"Website", "Referral", "Events", "Paid Search"};
    private static final String[] STAGES = {"Discovery call", "Qualified", "Product demo", "Product trial",
            "Final negotiation"};

    static SalesData synthetic(long seed) {
        Random r = new Random(seed);
        LocalDate asOf = AuditFixtures.AS_OF;
        List<Rep> reps = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = "R0" + i;
            reps.add(new Rep(id, "Rep " + i, i <= 3 ? "East" : "West", "Senior", null, null, LocalDate.of(2023, 1, 1),
                    null, "en", new SourceRef("s", "Reps", i + 1)));
            for (int m = 0; m < 24; m++) {
                quotas.add(new Quota(id, Period.month(YearMonth.of(2024, 11).plusMonths(m)), new BigDecimal("20000"),
                        new SourceRef("s", "Quotas", quotas.size() + 2)));
            }
        }
        List<Lead> leads = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        List<StageChange> history = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            LocalDateTime created = asOf.minusDays(5 + r.nextInt(700)).atTime(9 + r.nextInt(8), 0);
            String channel = CHANNELS[r.nextInt(CHANNELS.length)];
            String owner = reps.get(r.nextInt(reps.size())).id();
            boolean warm = r.nextBoolean();
            int quality = r.nextInt(10) + (channel.equals("Referral") ? 4 : 0);
            LocalDate day = created.toLocalDate();
            LocalDate mql = quality > 3 ? day.plusDays(2) : null;
            LocalDate sal = quality > 5 ? day.plusDays(4) : null;
            LocalDate sql = quality > 7 && day.plusDays(10).isBefore(asOf) ? day.plusDays(10) : null;
            LocalDateTime touch = r.nextInt(10) == 0 ? null : created.plusHours(warm ? r.nextInt(48) : r.nextInt(200));
            String id = "L" + i;
            LocalDate customer = null;
            LocalDate disqualified = null;
            if (sql != null) {
                String dealId = "D" + i;
                int days = 20 + r.nextInt(150);
                LocalDate close = sql.plusDays(days);
                DealStatus status = close.isAfter(asOf) ? DealStatus.OPEN
                        : r.nextInt(10) < 3 + quality / 4 ? DealStatus.WON : DealStatus.LOST;
                int reached = 1 + r.nextInt(STAGES.length);
                if (status == DealStatus.WON) {
                    customer = close;
                    reached = STAGES.length;
                } else if (status == DealStatus.LOST) {
                    disqualified = close;
                }
                for (int s = 0; s < reached; s++) {
                    history.add(new StageChange(dealId, STAGES[s], sql.plusDays(s * (long) days / 6), null,
                            close.plusDays(s * 7L), new SourceRef("s", "StageHistory", history.size() + 2)));
                }
                String stage = status == DealStatus.OPEN ? STAGES[reached - 1]
                        : status == DealStatus.WON ? "Closed Won" : "Closed Lost";
                if (status != DealStatus.OPEN) {
                    history.add(new StageChange(dealId, stage, close, null, close,
                            new SourceRef("s", "StageHistory", history.size() + 2)));
                }
                deals.add(new Deal(dealId, id, owner, "Account " + (i % 120), sql, close, stage, null,
                        BigDecimal.valueOf(5000 + r.nextInt(40000)), AuditFixtures.USD, status, "Analytics Cloud",
                        "EMEA", r.nextInt(8) == 0 ? "Upsell" : "New", new SourceRef("s", "Deals", deals.size() + 2)));
                for (int a = 0; a < 2 + r.nextInt(8); a++) {
                    LocalDateTime at = sql.atTime(10, 0).plusDays(a * 3L);
                    if (!at.toLocalDate().isAfter(asOf)) {
                        activities.add(new Activity("A" + activities.size(), at, owner, id, dealId, "Call",
                                BigDecimal.TEN, r.nextBoolean(), new SourceRef("s", "Activities", activities.size() + 2)));
                    }
                }
            } else if (quality < 3 && day.plusDays(20).isBefore(asOf)) {
                disqualified = day.plusDays(20);
            }
            if (touch != null && touch.toLocalDate().isAfter(asOf)) {
                touch = null;
            }
            leads.add(new Lead(id, created, channel, channel + " campaign", owner,
                    customer != null ? "Customer" : disqualified != null ? "Disqualified" : "MQL", mql, sal, sql,
                    customer, disqualified, touch, warm ? "Warm" : "Cold", warm ? "Demo request" : "Content download",
                    r.nextInt(3), r.nextInt(6) + quality / 3, r.nextInt(3), quality > 5, r.nextInt(6) == 0, "51-200",
                    "Software", "Poland", new SourceRef("s", "Leads", leads.size() + 2)));
        }
        List<CampaignPeriod> campaigns = new ArrayList<>();
        for (String channel : CHANNELS) {
            for (int m = 0; m < 24; m++) {
                campaigns.add(new CampaignPeriod(channel + " campaign", channel,
                        Period.month(YearMonth.of(2024, 11).plusMonths(m)), BigDecimal.valueOf(1000 + r.nextInt(3000)),
                        1000L, 100L + r.nextInt(400), 5L + r.nextInt(60), new SourceRef("s", "Campaigns", m + 2)));
            }
        }
        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            LocalDate since = asOf.minusDays(100 + r.nextInt(900));
            LocalDate churned = r.nextInt(5) == 0 ? since.plusDays(50 + r.nextInt(300)) : null;
            customers.add(new Customer("Account " + c, since, churned != null && churned.isAfter(asOf) ? null : churned,
                    BigDecimal.valueOf(200 + r.nextInt(2000)), new SourceRef("s", "Customers", c + 2)));
        }
        return new SalesData(deals, reps, quotas, leads, history, activities, campaigns, customers,
                EnumSet.allOf(Dataset.class));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void everySectionIsProducedWithRatiosInBounds(long seed) {
        SalesData data = synthetic(seed);
        for (Audit audit : Audits.all()) {
            SectionOutcome outcome = audit.run(data, AuditFixtures.SETTINGS);
            assertInstanceOf(Section.class, outcome, audit.id() + ": " + outcome);
            Section section = (Section) outcome;
            assertEquals(audit.id(), section.id());
            for (Table table : section.tables()) {
                for (int c = 0; c < table.columns().size(); c++) {
                    String column = table.columns().get(c).key();
                    if (Set.of("conversion", "low", "high", "share_of_leads", "customer_rate", "mql_rate", "sql_rate",
                            "empirical", "open_rate", "click_rate", "within_sla", "precision", "recall")
                            .contains(column)) {
                        for (List<Value> row : table.rows()) {
                            if (row.get(c) instanceof Value.Ratio ratio) {
                                assertTrue(ratio.fraction().signum() >= 0
                                        && ratio.fraction().compareTo(BigDecimal.ONE) <= 0,
                                        audit.id() + " " + table.key() + "." + column + " = " + ratio);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyMessageKeyExistsInEveryLanguage() {
        SalesData data = synthetic(7);
        Set<String> keys = new TreeSet<>();
        for (Audit audit : Audits.all()) {
            collect(audit.run(data, AuditFixtures.SETTINGS), keys);
            collect(audit.run(new SalesData(List.of(), List.of(), List.of(), Set.of()), AuditFixtures.SETTINGS), keys);
        }
        assertTrue(keys.size() > 150, "keys: " + keys.size());
        for (String language : List.of("en", "ko", "ar", "pl", "ru")) {
            Messages messages = Messages.forLocale(language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language));
            for (String key : keys) {
                assertTrue(!messages.get(key).isBlank(), key + " in " + language);
            }
        }
    }

    private static void collect(SectionOutcome outcome, Set<String> keys) {
        keys.add(outcome.titleKey());
        if (outcome instanceof Skipped skipped) {
            keys.add(skipped.reasonKey());
            return;
        }
        Section section = (Section) outcome;
        section.figures().stream().map(Figure::labelKey).forEach(keys::add);
        for (Table table : section.tables()) {
            keys.add(table.titleKey());
            table.columns().stream().map(Column::labelKey).forEach(keys::add);
        }
        for (Chart chart : section.charts()) {
            keys.add(chart.titleKey());
            keys.add(chart.altTextKey());
            keys.add(chart.x().labelKey());
            keys.add(chart.y().labelKey());
            chart.series().stream().map(ChartSeries::name).filter(l -> l.isKey()).forEach(l -> keys.add(l.key()));
        }
        section.findings().stream().map(Finding::messageKey).forEach(keys::add);
    }
}
