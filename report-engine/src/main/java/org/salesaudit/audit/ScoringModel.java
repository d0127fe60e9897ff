package org.salesaudit.audit;

import org.salesaudit.model.Lead;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

/**
 * A points model for leads (domain worked example 6): points for visiting the pricing page (once, when
 * the lead visited it at all), per e-mail opened, per e-mail clicked, for fitting the buyer persona and
 * for inaccurate company data; a lead at or above the threshold is handed to sales.
 */
public record ScoringModel(int pricingPage, int emailOpen, int emailClick, int personaFit, int badCompanyData,
        int threshold) {

    /** +10 pricing page, +1 per open, +3 per click, +5 persona fit, −5 bad company data; threshold 15. */
    public static final ScoringModel DEFAULT = new ScoringModel(10, 1, 3, 5, -5, 15);

    static final String PREFIX = "audit.scoring.";

    /** Reads {@code audit.scoring.*}, each a whole number of points, defaulting to {@link #DEFAULT}. */
    static ScoringModel from(SettingsFile file) throws InvalidInputException {
        return new ScoringModel(file.integer(PREFIX + "pricing_page", DEFAULT.pricingPage),
                file.integer(PREFIX + "email_open", DEFAULT.emailOpen),
                file.integer(PREFIX + "email_click", DEFAULT.emailClick),
                file.integer(PREFIX + "persona_fit", DEFAULT.personaFit),
                file.integer(PREFIX + "bad_company_data", DEFAULT.badCompanyData),
                file.integer(PREFIX + "threshold", DEFAULT.threshold));
    }

    /** @return the lead's score; unknown attributes score nothing */
    int score(Lead lead) {
        int score = 0;
        if (lead.pricingPageVisits() != null && lead.pricingPageVisits() > 0) {
            score += pricingPage;
        }
        score += emailOpen * (lead.emailOpens() == null ? 0 : lead.emailOpens());
        score += emailClick * (lead.emailClicks() == null ? 0 : lead.emailClicks());
        score += Boolean.TRUE.equals(lead.personaFit()) ? personaFit : 0;
        score += Boolean.TRUE.equals(lead.badCompanyData()) ? badCompanyData : 0;
        return score;
    }

    /** @return whether the lead records any scoring attribute at all */
    static boolean hasAttributes(Lead lead) {
        return lead.pricingPageVisits() != null || lead.emailOpens() != null || lead.emailClicks() != null
                || lead.personaFit() != null || lead.badCompanyData() != null;
    }
}
