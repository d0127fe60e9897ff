package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The eleven campaigns of the example. "Cold Email Blast" and "Search Ads - Generic" are the
 * weak ones: poor open and click rates and leads that rarely convert.
 */
final class CampaignCatalog {

    private static final YearMonth ALWAYS = YearMonth.from(DataWindow.HISTORY_START);

    private final List<Campaign> campaigns = List.of(
            campaign("Website Demo Page", "Website", LeadSource.WEBSITE,
                    forms().add(FormType.DEMO_REQUEST, 65).add(FormType.CONTACT_US, 35),
                    0.38, 0.060, 2_000, 1.15, false, ALWAYS, List.of(), 0.45),
            campaign("Content Hub eBooks", "Content", LeadSource.WEBSITE,
                    forms().add(FormType.CONTENT_DOWNLOAD, 100),
                    0.31, 0.042, 3_200, 1.0, false, ALWAYS, List.of(), 0.55),
            campaign("Search Ads - Brand", "Paid Search", LeadSource.PAID_SEARCH,
                    forms().add(FormType.DEMO_REQUEST, 50).add(FormType.CONTACT_US, 20)
                            .add(FormType.CONTENT_DOWNLOAD, 30),
                    0.29, 0.036, 6_500, 1.1, false, ALWAYS, List.of(), 0.40),
            campaign("Search Ads - Generic", "Paid Search", LeadSource.PAID_SEARCH,
                    forms().add(FormType.CONTENT_DOWNLOAD, 80).add(FormType.DEMO_REQUEST, 10)
                            .add(FormType.CONTACT_US, 10),
                    0.11, 0.008, 9_500, 0.6, false, ALWAYS, List.of(), 0.60),
            campaign("Monthly Analytics Webinar", "Webinar", LeadSource.WEBINAR,
                    forms().add(FormType.EVENT_SIGNUP, 85).add(FormType.CONTENT_DOWNLOAD, 15),
                    0.42, 0.071, 2_600, 1.05, false, ALWAYS, List.of(), 1.0),
            campaign("Customer Referral Program", "Referral", LeadSource.REFERRAL,
                    forms().add(FormType.CONTACT_US, 55).add(FormType.DEMO_REQUEST, 45),
                    0.47, 0.083, 1_500, 1.2, false, ALWAYS, List.of(), 1.0),
            campaign("DataConf Booth", "Events", LeadSource.EVENTS,
                    forms().add(FormType.EVENT_SIGNUP, 100),
                    0.34, 0.045, 45_000, 1.0, false, ALWAYS,
                    List.of(LocalDate.of(2025, 6, 11), LocalDate.of(2026, 6, 10)), 110),
            campaign("Regional Roadshow", "Events", LeadSource.EVENTS,
                    forms().add(FormType.EVENT_SIGNUP, 100),
                    0.36, 0.050, 12_000, 1.05, false, ALWAYS,
                    List.of(LocalDate.of(2024, 11, 13), LocalDate.of(2025, 3, 19), LocalDate.of(2025, 10, 15),
                            LocalDate.of(2026, 3, 18), LocalDate.of(2026, 10, 14)), 35),
            campaign("Outbound ABM - Enterprise", "Outbound", LeadSource.OUTBOUND,
                    forms().add(FormType.CONTACT_US, 100),
                    0.33, 0.039, 7_000, 1.1, true, ALWAYS, List.of(), 0.45),
            campaign("Cold Email Blast", "Email", LeadSource.OUTBOUND,
                    forms().add(FormType.CONTACT_US, 100),
                    0.08, 0.005, 1_200, 0.55, false, ALWAYS, List.of(), 0.55),
            campaign("Data Talks Podcast", "Podcast", LeadSource.PODCAST,
                    forms().add(FormType.CONTENT_DOWNLOAD, 60).add(FormType.CONTACT_US, 25)
                            .add(FormType.DEMO_REQUEST, 15),
                    0.27, 0.031, 4_000, 0.9, false, YearMonth.of(2025, 3), List.of(), 1.0));

    private static Weighted<FormType> forms() {
        return new Weighted<>();
    }

    private static Campaign campaign(String name, String channel, LeadSource source, Weighted<FormType> forms,
            double openRate, double clickRate, double spend, double quality, boolean enterprise, YearMonth first,
            List<LocalDate> eventDays, double volume) {
        return new Campaign(name, channel, source, forms, openRate, clickRate, spend, quality, enterprise, first,
                eventDays, volume);
    }

    List<Campaign> all() {
        return campaigns;
    }

    /** The everyday campaigns of a source active in a month, weighted by their volume. */
    Weighted<Campaign> everyday(LeadSource source, YearMonth month) {
        Weighted<Campaign> choice = new Weighted<>();
        for (Campaign campaign : campaigns) {
            if (campaign.source() == source && !campaign.isEvent() && campaign.activeIn(month)) {
                choice.add(campaign, campaign.volume());
            }
        }
        return choice;
    }

    List<Campaign> events() {
        return campaigns.stream().filter(Campaign::isEvent).toList();
    }
}
