package org.salesaudit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * All the data of the example workbook, generated from one seed. Each part draws from its own
 * random stream (split from the seed in a fixed order), so the parts do not disturb each other.
 * History is simulated from {@link DataWindow#HISTORY_START} so that the window opens with a
 * running business; only what belongs to the window is kept.
 */
record AcmeDataset(List<Rep> reps, List<Quota> quotas, List<Lead> leads, List<Deal> deals,
        List<Activity> activities, List<CampaignMonth> campaignMonths, List<Customer> customers) {

    static AcmeDataset generate(long seed) {
        Rng master = new Rng(seed);
        Rng leadRng = master.child();
        Rng funnelRng = master.child();
        Rng dealRng = master.child();
        Rng newBusinessRng = master.child();
        Rng customerRng = master.child();
        Rng activityRng = master.child();
        Rng campaignRng = master.child();

        RepRoster roster = new RepRoster();
        CampaignCatalog catalog = new CampaignCatalog();
        CompanyNames names = new CompanyNames();

        List<Lead> history = new LeadFactory(catalog, names, leadRng).create();
        LeadFunnel funnel = new LeadFunnel(roster, funnelRng);
        history.forEach(funnel::run);

        DealSimulator simulator = new DealSimulator(roster, dealRng);
        CustomerBook book = new CustomerBook(roster, simulator, names, customerRng);
        List<Customer> customers = book.existing();
        List<Deal> allDeals = new NewBusiness(roster, simulator, newBusinessRng).open(history, customers);
        allDeals.addAll(book.expand(customers));
        List<Deal> deals = new ArrayList<>(allDeals.stream().filter(Deal::inWindow).toList());
        List<Lead> leads = history.stream().filter(lead -> lead.id != null).toList();
        deals.sort(Comparator.comparing(deal -> deal.created));
        for (int i = 0; i < deals.size(); i++) {
            Deal deal = deals.get(i);
            deal.id = String.format(Locale.ROOT, "D-%05d", i + 1);
            deal.owner = roster.ownerOn(deal.openedBy, deal.isOpen() ? DataWindow.AS_OF : deal.closeDate()).id();
        }
        for (Lead lead : leads) {
            LocalDate until = lead.closedOn() == null ? DataWindow.AS_OF : lead.closedOn();
            lead.owner = roster.ownerOn(lead.routedTo, until).id();
        }

        ActivityGenerator activities = new ActivityGenerator(roster, activityRng);
        leads.forEach(activities::forLead);
        deals.forEach(activities::forDeal);

        List<CampaignMonth> campaignMonths = CampaignMetrics.monthly(catalog, leads, campaignRng);
        List<Customer> sortedCustomers = new ArrayList<>(customers.stream()
                .filter(c -> c.churnedOn == null || !c.churnedOn.isBefore(DataWindow.START)).toList());
        sortedCustomers.sort(Comparator.comparing((Customer c) -> c.since).thenComparing(c -> c.account));
        return new AcmeDataset(roster.all(), QuotaPlanner.plan(roster.all()), leads, deals, activities.sorted(),
                campaignMonths, sortedCustomers);
    }
}
