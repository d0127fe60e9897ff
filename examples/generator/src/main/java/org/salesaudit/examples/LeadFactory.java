package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Creates the leads of the window: a daily flow that grows about 20 % over the window and follows
 * the seasons, plus bursts on event days. Each lead gets its company, campaign, form and the
 * behaviour that lead scoring looks at. IDs follow creation time;
 * leads created before the window get none (they are not in the workbook).
 */
final class LeadFactory {

    /** Everyday leads per weekday at the start of the window, before seasonality. */
    private static final double DAILY_BASE = 6.9;

    private final CampaignCatalog catalog;
    private final CompanyNames names;
    private final Rng rng;

    LeadFactory(CampaignCatalog catalog, CompanyNames names, Rng rng) {
        this.catalog = catalog;
        this.names = names;
        this.rng = rng;
    }

    List<Lead> create() {
        List<Lead> leads = new ArrayList<>();
        for (LocalDate day = DataWindow.HISTORY_START; !day.isAfter(DataWindow.AS_OF); day = day.plusDays(1)) {
            double weekday = BusinessCalendar.isWeekend(day) ? 0.45 : 1.18;
            double mean = DAILY_BASE * weekday * BusinessCalendar.leadSeason(day)
                    * (1 + 0.2 * DataWindow.elapsed(day));
            int count = rng.poisson(mean);
            for (int i = 0; i < count; i++) {
                leads.add(everyday(day));
            }
            for (Campaign event : catalog.events()) {
                if (event.eventDays().contains(day)) {
                    int attendees = rng.poisson(event.volume());
                    for (int i = 0; i < attendees; i++) {
                        leads.add(atEvent(event, day));
                    }
                }
            }
        }
        leads.sort(Comparator.comparing(lead -> lead.created));
        int number = 0;
        for (Lead lead : leads) {
            if (!lead.created.toLocalDate().isBefore(DataWindow.START)) {
                lead.id = String.format(Locale.ROOT, "L-%05d", ++number);
            }
        }
        return leads;
    }

    private Lead everyday(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        Weighted<LeadSource> sources = new Weighted<>();
        for (LeadSource source : LeadSource.values()) {
            if (!catalog.everyday(source, month).isEmpty()) {
                sources.add(source, source.share);
            }
        }
        Campaign campaign = catalog.everyday(sources.draw(rng), month).draw(rng);
        int minute = rng.chance(0.8) ? rng.between(8 * 60, 18 * 60 - 1) : rng.between(6 * 60, 23 * 60 + 59);
        return lead(campaign, day.atTime(minute / 60, minute % 60));
    }

    private Lead atEvent(Campaign event, LocalDate day) {
        int minute = rng.between(9 * 60, 17 * 60 + 30);
        return lead(event, day.atTime(minute / 60, minute % 60));
    }

    private Lead lead(Campaign campaign, LocalDateTime created) {
        Lead lead = new Lead();
        lead.created = created;
        lead.campaign = campaign;
        lead.source = campaign.source();
        lead.form = campaign.forms().draw(rng);
        lead.country = Country.draw(rng);
        lead.size = CompanySize.draw(rng, campaign.enterpriseFocus());
        lead.industry = Industry.draw(rng);
        lead.account = names.next(rng, lead.industry, lead.country);
        boolean ideal = lead.industry.idealProfile && lead.size != CompanySize.MICRO;
        lead.personaFit = rng.chance(ideal ? 0.78 : 0.28);
        double badData = lead.source == LeadSource.PAID_SEARCH || lead.source == LeadSource.PODCAST ? 0.14 : 0.07;
        lead.badCompanyData = rng.chance(badData);
        behave(lead);
        return lead;
    }

    /** Pricing-page visits and nurture e-mail opens and clicks, driven by the buyer's hidden interest. */
    private void behave(Lead lead) {
        Campaign campaign = lead.campaign;
        lead.interest = rng.gaussian() + (lead.form.warm ? 0.6 : 0.0) + StrictMath.log(campaign.quality())
                + (lead.personaFit ? 0.25 : -0.1);
        int emails = rng.poisson(6);
        double open = Rng.logistic(Rng.logit(campaign.openRate()) + 0.5 * lead.interest);
        double clickGivenOpen = Rng.logistic(
                Rng.logit(campaign.clickRate() / campaign.openRate()) + 0.5 * lead.interest);
        lead.emailOpens = rng.binomial(emails, open);
        lead.emailClicks = rng.binomial(lead.emailOpens, clickGivenOpen);
        double visits = StrictMath.exp(-0.7 + 0.55 * lead.interest + (lead.form.warm ? 0.8 : 0.0));
        lead.pricingPageVisits = Math.min(12, rng.poisson(visits));
    }
}
