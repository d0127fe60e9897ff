package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer base: accounts won before the window, and month by month the deals they bring
 * (upsells, cross-sells and tracked renewals) and their churn. A lost renewal churns the account;
 * a few accounts churn without warning. Won expansions raise the monthly recurring revenue.
 */
final class CustomerBook {

    static final int EXISTING_CUSTOMERS = 140;
    private static final double UPSELL_PER_MONTH = 0.022;
    private static final double CROSS_SELL_PER_MONTH = 0.017;
    private static final double TRACKED_RENEWALS = 0.2;
    private static final double SILENT_CHURN_PER_MONTH = 0.004;

    private final RepRoster roster;
    private final DealSimulator simulator;
    private final CompanyNames names;
    private final Rng rng;

    CustomerBook(RepRoster roster, DealSimulator simulator, CompanyNames names, Rng rng) {
        this.roster = roster;
        this.simulator = simulator;
        this.names = names;
        this.rng = rng;
    }

    /** Customers who signed before the simulated history starts. */
    List<Customer> existing() {
        List<Customer> customers = new ArrayList<>();
        LocalDate first = LocalDate.of(2019, 1, 1);
        int span = (int) (DataWindow.HISTORY_START.minusDays(7).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < EXISTING_CUSTOMERS; i++) {
            Country country = Country.draw(rng);
            CompanySize size = CompanySize.draw(rng, rng.chance(0.12));
            Industry industry = Industry.draw(rng);
            LocalDate since = BusinessCalendar.onOrAfterBusinessDay(first.plusDays(rng.between(0, span)));
            Rep owner = roster.route(size.enterprise, country, DataWindow.HISTORY_START, rng);
            double yearly = Product.ANALYTICS_CLOUD.drawAmount(rng, size.enterprise, size.amountFactor);
            double mrr = Math.round(yearly / 12.0 * 100) / 100.0;
            customers.add(new Customer(names.next(rng, industry, country), country, size, since, owner.id(), mrr));
        }
        return customers;
    }

    /** Plays out the expansion deals and churn of every customer, month by month. */
    List<Deal> expand(List<Customer> customers) {
        List<Deal> deals = new ArrayList<>();
        YearMonth last = YearMonth.from(DataWindow.AS_OF);
        YearMonth first = YearMonth.from(DataWindow.HISTORY_START);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate monthStart = month.atDay(1);
            for (Customer customer : customers) {
                if (!customer.activeOn(monthStart) || customer.busyUntil.isAfter(monthStart)) {
                    continue;
                }
                Deal deal = nextDeal(customer, month);
                if (deal != null) {
                    deals.add(deal);
                    settle(customer, deal);
                } else if (rng.chance(SILENT_CHURN_PER_MONTH)) {
                    LocalDate churn = month.atDay(rng.between(1, month.lengthOfMonth()));
                    if (!churn.isAfter(DataWindow.AS_OF)) {
                        customer.churnedOn = churn;
                    }
                }
            }
        }
        return deals;
    }

    private Deal nextDeal(Customer customer, YearMonth month) {
        LocalDate anniversary = customer.anniversaryOnOrAfter(month.atDay(1));
        if (YearMonth.from(anniversary).equals(month) && rng.chance(TRACKED_RENEWALS)) {
            LocalDate created = BusinessCalendar.onOrAfterBusinessDay(anniversary.minusDays(rng.between(30, 50)));
            if (!created.isBefore(DataWindow.HISTORY_START)) {
                double amount = Money.round(customer.mrr * 12 * rng.uniform(1.0, 1.07));
                return deal(customer, DealType.RENEWAL, Product.ANALYTICS_CLOUD, created, amount, anniversary);
            }
        }
        if (rng.chance(UPSELL_PER_MONTH)) {
            double amount = Money.round(Math.max(600, rng.logNormal(0.35 * customer.mrr * 12, 0.6)));
            return deal(customer, DealType.UPSELL, Product.ANALYTICS_CLOUD, dayIn(month), amount, null);
        }
        if (rng.chance(CROSS_SELL_PER_MONTH)) {
            Product product = rng.chance(0.6) ? Product.DATA_CONNECTORS : Product.PREMIUM_SUPPORT;
            double amount = product.drawAmount(rng, customer.enterprise(), customer.size.amountFactor);
            return deal(customer, DealType.CROSS_SELL, product, dayIn(month), amount, null);
        }
        return null;
    }

    private Deal deal(Customer customer, DealType type, Product product, LocalDate created, double amount,
            LocalDate renewal) {
        if (created.isAfter(DataWindow.AS_OF)) {
            return null;
        }
        Deal deal = new Deal();
        deal.customer = customer;
        deal.account = customer.account;
        deal.type = type;
        deal.product = product;
        deal.region = customer.country.region;
        deal.enterprise = customer.enterprise();
        deal.openedBy = roster.ownerOn(customer.accountOwner, created).id();
        double speed = type == DealType.UPSELL ? 0.7 : 0.9;
        simulator.simulate(deal, new DealSpec(created, deal.openedBy, type, deal.enterprise, amount, 1.0, speed,
                null, renewal));
        return deal;
    }

    private void settle(Customer customer, Deal deal) {
        customer.busyUntil = deal.isOpen() ? DataWindow.AS_OF : deal.closeDate();
        if (deal.isWon()) {
            double yearly = deal.type == DealType.RENEWAL ? deal.amount() : customer.mrr * 12 + deal.amount();
            customer.mrr = Math.round(yearly / 12.0 * 100) / 100.0;
        } else if (!deal.isOpen() && deal.type == DealType.RENEWAL) {
            customer.churnedOn = deal.closeDate();
        }
    }

    private LocalDate dayIn(YearMonth month) {
        return BusinessCalendar.onOrAfterBusinessDay(month.atDay(rng.between(1, month.lengthOfMonth())));
    }
}
