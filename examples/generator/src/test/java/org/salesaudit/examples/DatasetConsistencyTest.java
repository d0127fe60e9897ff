package org.salesaudit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated data is internally consistent, and tells the story the README promises. */
class DatasetConsistencyTest {

    private static AcmeDataset data;
    private static Map<String, Rep> reps;
    private static Map<String, Deal> dealsById;

    @BeforeAll
    static void generate() {
        data = AcmeDataset.generate(DataWindow.SEED);
        reps = data.reps().stream().collect(Collectors.toMap(Rep::id, rep -> rep));
        dealsById = data.deals().stream().collect(Collectors.toMap(deal -> deal.id, deal -> deal));
    }

    @Test
    void funnelDatesAreOrderedAndMatchTheStage() {
        for (Lead lead : data.leads()) {
            LocalDate created = lead.created.toLocalDate();
            assertTrue(DataWindow.within(created), lead.id);
            assertNotNull(reps.get(lead.owner), lead.id);
            if (lead.salDate != null) {
                assertNotNull(lead.mqlAt, lead.id + " SAL without MQL");
                assertFalse(lead.salDate.isBefore(lead.mqlDate()), lead.id);
                assertNotNull(lead.firstTouch, lead.id + " accepted without a touch");
            }
            if (lead.sqlDate != null) {
                assertNotNull(lead.salDate, lead.id + " SQL without SAL");
                assertFalse(lead.sqlDate.isBefore(lead.salDate), lead.id);
            }
            if (lead.mqlAt != null) {
                assertFalse(lead.mqlAt.isBefore(lead.created), lead.id);
            }
            if (lead.firstTouch != null) {
                assertTrue(lead.firstTouch.isAfter(lead.created), lead.id);
                assertFalse(lead.firstTouch.isAfter(DataWindow.AS_OF_END), lead.id);
            }
            if (lead.disqualifiedDate != null) {
                assertFalse(lead.disqualifiedDate.isBefore(created), lead.id);
                assertFalse(lead.disqualifiedDate.isAfter(DataWindow.AS_OF), lead.id);
            }
            LeadStage expected = expectedStage(lead);
            assertEquals(expected, lead.stage, lead.id);
        }
    }

    private static LeadStage expectedStage(Lead lead) {
        if (lead.customerDate != null) {
            return LeadStage.CUSTOMER;
        }
        if (lead.disqualifiedDate != null) {
            return LeadStage.DISQUALIFIED;
        }
        if (lead.recycledDate != null) {
            return LeadStage.RECYCLED;
        }
        if (lead.sqlDate != null) {
            return LeadStage.SQL;
        }
        if (lead.salDate != null) {
            return LeadStage.SAL;
        }
        return lead.mqlAt != null ? LeadStage.MQL : LeadStage.LEAD;
    }

    @Test
    void customersAndSqlLeadsHaveTheirDeal() {
        Map<String, List<Deal>> byLead = data.deals().stream().filter(deal -> deal.leadId() != null)
                .collect(Collectors.groupingBy(Deal::leadId));
        for (Lead lead : data.leads()) {
            List<Deal> deals = byLead.getOrDefault(lead.id, List.of());
            if (lead.sqlDate == null) {
                assertTrue(deals.isEmpty(), lead.id);
                continue;
            }
            assertEquals(1, deals.size(), lead.id);
            Deal deal = deals.get(0);
            assertEquals(lead.sqlDate, deal.created, lead.id);
            if (lead.stage == LeadStage.CUSTOMER) {
                assertTrue(deal.isWon(), lead.id);
                assertEquals(deal.closeDate(), lead.customerDate, lead.id);
            } else if (lead.stage == LeadStage.SQL) {
                assertTrue(deal.isOpen(), lead.id);
            } else {
                assertEquals(Stage.LOST, deal.stage(), lead.id);
            }
        }
    }

    @Test
    void stageHistoryAgreesWithTheDeal() {
        for (Deal deal : data.deals()) {
            List<StageEntry> history = deal.history;
            assertEquals(deal.created, history.get(0).enteredOn(), deal.id);
            for (int i = 1; i < history.size(); i++) {
                assertFalse(history.get(i).enteredOn().isBefore(history.get(i - 1).enteredOn()), deal.id);
                assertTrue(history.get(i).stage().ordinal() > history.get(i - 1).stage().ordinal(), deal.id);
            }
            StageEntry last = deal.last();
            assertTrue(last.amount() > 0, deal.id);
            if (!deal.isOpen()) {
                assertEquals(last.enteredOn(), last.closeDate(), deal.id);
                assertFalse(last.closeDate().isBefore(DataWindow.START), deal.id);
            }
            assertFalse(last.enteredOn().isAfter(DataWindow.AS_OF), deal.id);
            Rep owner = reps.get(deal.owner);
            LocalDate ownedOn = deal.isOpen() ? DataWindow.AS_OF : deal.closeDate();
            assertTrue(owner.employedOn(ownedOn), deal.id + " owned by " + deal.owner + " on " + ownedOn);
        }
    }

    @Test
    void someCloseDatesArePushedRepeatedly() {
        long pushed = data.deals().stream()
                .filter(deal -> deal.history.stream().filter(entry -> entry.stage().isOpen())
                        .map(StageEntry::closeDate).distinct().count() >= 3)
                .count();
        assertTrue(pushed >= 20, "deals with a close date pushed twice or more: " + pushed);
    }

    @Test
    void activitiesAreByEmployedRepsOnWeekdaysInTheWindow() {
        Set<String> leadIds = data.leads().stream().map(lead -> lead.id).collect(Collectors.toSet());
        Map<String, LocalDateTime> firstActivity = new HashMap<>();
        for (Activity activity : data.activities()) {
            LocalDate day = activity.at().toLocalDate();
            assertTrue(DataWindow.within(day), activity.toString());
            assertTrue(reps.get(activity.repId()).employedOn(day), activity.toString());
            assertFalse(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
            if (activity.leadId() != null) {
                assertTrue(leadIds.contains(activity.leadId()), activity.toString());
                firstActivity.merge(activity.leadId(), activity.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (activity.dealId() != null) {
                assertTrue(dealsById.containsKey(activity.dealId()), activity.toString());
            }
        }
        for (Lead lead : data.leads()) {
            assertEquals(lead.firstTouch, firstActivity.get(lead.id), lead.id + ": first touch is the first activity");
        }
    }

    @Test
    void wonDealsMostlyHaveFiveTouchesOrMore() {
        Map<String, Long> touches = data.activities().stream().filter(activity -> activity.dealId() != null)
                .collect(Collectors.groupingBy(Activity::dealId, Collectors.counting()));
        List<Deal> won = data.deals().stream().filter(Deal::isWon).toList();
        long persistent = won.stream().filter(deal -> touches.getOrDefault(deal.id, 0L) >= 5).count();
        assertTrue(persistent >= 0.75 * won.size(), persistent + " of " + won.size());
    }

    @Test
    void quotasCoverEveryMonthOfEmployment() {
        Set<String> seen = new HashSet<>();
        for (Quota quota : data.quotas()) {
            Rep rep = reps.get(quota.repId());
            assertTrue(rep.employedOn(quota.period().atEndOfMonth()) || rep.employedOn(quota.period().atDay(1)),
                    quota.toString());
            assertTrue(seen.add(quota.repId() + quota.period()), "duplicate " + quota);
            long month = rep.monthsIn(quota.period().atDay(1));
            if (month >= 3 && rep.team() != Team.ENTERPRISE) {
                double low = rep.senior() ? 25_000 : 10_000;
                double high = rep.senior() ? 50_000 : 20_000;
                assertTrue(quota.amount() >= low && quota.amount() <= high, quota.toString());
            }
        }
        for (Rep rep : data.reps()) {
            YearMonth first = YearMonth.from(rep.start().isAfter(DataWindow.START) ? rep.start() : DataWindow.START);
            YearMonth last = YearMonth.from(rep.end() == null ? DataWindow.AS_OF : rep.end());
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                assertTrue(seen.contains(rep.id() + month), rep.id() + " " + month);
            }
        }
    }

    @Test
    void customersComeFromWonDealsOrBeforeTheHistory() {
        Set<String> wonAccounts = data.deals().stream().filter(Deal::isWon).map(deal -> deal.account)
                .collect(Collectors.toSet());
        for (Customer customer : data.customers()) {
            if (!customer.since.isBefore(DataWindow.START)) {
                assertTrue(wonAccounts.contains(customer.account), customer.account);
            }
            if (customer.churnedOn != null) {
                assertTrue(customer.churnedOn.isAfter(customer.since), customer.account);
                assertTrue(DataWindow.within(customer.churnedOn), customer.account);
            }
            assertTrue(customer.mrr > 0, customer.account);
        }
    }

    @Test
    void theStoryHolds() {
        List<String> problems = new StoryMetrics(data).problems();
        assertTrue(problems.isEmpty(), "the README's patterns no longer hold: " + problems);
    }
}
