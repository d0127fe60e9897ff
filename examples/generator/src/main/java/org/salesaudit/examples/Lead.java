package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A lead: one row of the Leads sheet, plus the company behind it. Filled in step by step. */
final class Lead {

    String id;
    LocalDateTime created;
    LeadSource source;
    Campaign campaign;
    FormType form;
    Country country;
    CompanySize size;
    Industry industry;
    String account;

    /** The rep the lead was routed to (the Owner column shows who owns it at the as-of date). */
    String routedTo;
    String owner;

    /** Hidden interest of the buyer, standard normal: drives behaviour and conversion. */
    double interest;
    boolean personaFit;
    boolean badCompanyData;
    int pricingPageVisits;
    int emailOpens;
    int emailClicks;

    LeadStage stage = LeadStage.LEAD;
    LocalDateTime mqlAt;
    LocalDateTime firstTouch;
    LocalDate salDate;
    LocalDate sqlDate;
    LocalDate customerDate;
    LocalDate disqualifiedDate;
    /** When sales handed the lead back to marketing (not a column; ends the follow-ups). */
    LocalDate recycledDate;

    boolean enterprise() {
        return size.enterprise;
    }

    Region region() {
        return country.region;
    }

    LocalDate mqlDate() {
        return mqlAt == null ? null : mqlAt.toLocalDate();
    }

    /** The lead-scoring points of the worked example: pricing page, e-mails, fit and data quality. */
    int score() {
        return 10 * pricingPageVisits + emailOpens + 3 * emailClicks + (personaFit ? 5 : 0)
                - (badCompanyData ? 5 : 0);
    }

    /** The day the lead's story ended (customer, disqualified or recycled), or null while it goes on. */
    LocalDate closedOn() {
        if (customerDate != null) {
            return customerDate;
        }
        if (disqualifiedDate != null) {
            return disqualifiedDate;
        }
        return recycledDate;
    }
}
