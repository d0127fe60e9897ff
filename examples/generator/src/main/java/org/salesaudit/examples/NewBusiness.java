package org.salesaudit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a new-business deal for every sales-qualified lead on its SQL date, plays it out and
 * closes the lead's story: won deals make the lead a customer (and the account a new customer),
 * lost ones disqualify or recycle the lead. About 3.5 % of the deals opened between January 2025
 * and April 2026 get stuck in a stage and are still open at the as-of date: the stale deals.
 */
final class NewBusiness {

    private static final LocalDate STALL_FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate STALL_UNTIL = LocalDate.of(2026, 4, 30);

    private final RepRoster roster;
    private final DealSimulator simulator;
    private final Rng rng;

    NewBusiness(RepRoster roster, DealSimulator simulator, Rng rng) {
        this.roster = roster;
        this.simulator = simulator;
        this.rng = rng;
    }

    List<Deal> open(List<Lead> leads, List<Customer> customers) {
        List<Deal> deals = new ArrayList<>();
        for (Lead lead : leads) {
            if (lead.sqlDate != null) {
                Deal deal = dealFor(lead);
                deals.add(deal);
                close(lead, deal, customers);
            }
        }
        return deals;
    }

    private Deal dealFor(Lead lead) {
        Deal deal = new Deal();
        deal.lead = lead;
        deal.account = lead.account;
        deal.type = DealType.NEW;
        deal.region = lead.region();
        deal.enterprise = lead.enterprise();
        deal.openedBy = roster.ownerOn(lead.routedTo, lead.sqlDate).id();
        deal.product = new Weighted<Product>().add(Product.ANALYTICS_CLOUD, 68).add(Product.DATA_CONNECTORS, 22)
                .add(Product.PREMIUM_SUPPORT, 10).draw(rng);
        Rep rep = roster.ownerOn(lead.routedTo, lead.sqlDate);
        double factor = lead.size.amountFactor * rep.dealSizeOn(lead.sqlDate) * (rep.senior() ? 1.35 : 1.0)
                * (BusinessCalendar.inFourthQuarter(lead.sqlDate) ? 1.1 : 1.0);
        double amount = deal.product.drawAmount(rng, deal.enterprise, factor);
        boolean stalls = !lead.sqlDate.isBefore(STALL_FROM) && !lead.sqlDate.isAfter(STALL_UNTIL) && rng.chance(0.035);
        Stage stallAt = stalls
                ? new Weighted<Stage>().add(Stage.QUALIFIED, 2).add(Stage.DEMO, 3).add(Stage.TRIAL, 3)
                        .add(Stage.NEGOTIATION, 2).draw(rng)
                : null;
        deal.stallAt = stallAt;
        simulator.simulate(deal, new DealSpec(lead.sqlDate, deal.openedBy, DealType.NEW, deal.enterprise, amount,
                lead.source.winFactor * lead.campaign.quality(), lead.source.speed, stallAt, null));
        return deal;
    }

    private void close(Lead lead, Deal deal, List<Customer> customers) {
        if (deal.isWon()) {
            lead.customerDate = deal.closeDate();
            lead.stage = LeadStage.CUSTOMER;
            double mrr = Math.round(deal.amount() / 12.0 * 100) / 100.0;
            Customer customer = new Customer(deal.account, lead.country, lead.size, deal.closeDate(),
                    deal.openedBy, mrr);
            customers.add(customer);
            deal.customer = customer;
        } else if (!deal.isOpen()) {
            if (rng.chance(0.45)) {
                lead.disqualifiedDate = deal.closeDate();
                lead.stage = LeadStage.DISQUALIFIED;
            } else {
                lead.recycledDate = deal.closeDate();
                lead.stage = LeadStage.RECYCLED;
            }
        }
    }
}
