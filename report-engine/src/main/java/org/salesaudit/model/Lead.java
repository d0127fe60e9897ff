package org.salesaudit.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A lead and how far it went through the funnel. A stage date is {@code null} where the lead never
 * reached that stage (or the source does not record it); other attributes are {@code null} when unknown.
 *
 * @param channel           the lead source (Website, Referral, Paid Search, ...)
 * @param stage             the current lifecycle stage as written (Lead, MQL, SAL, SQL, Customer,
 *                          Disqualified, Recycled)
 * @param firstTouch        the first sales touch, for response time
 * @param temperature       e.g. Warm (demo request) or Cold (content download)
 * @param formType          e.g. Demo request, Content download
 * @param pricingPageVisits lead-scoring attributes follow: visits, opens, clicks, fit, bad data
 */
public record Lead(
        String id,
        LocalDateTime created,
        String channel,
        String campaign,
        String ownerId,
        String stage,
        LocalDate mqlDate,
        LocalDate salDate,
        LocalDate sqlDate,
        LocalDate customerDate,
        LocalDate disqualifiedDate,
        LocalDateTime firstTouch,
        String temperature,
        String formType,
        Integer pricingPageVisits,
        Integer emailOpens,
        Integer emailClicks,
        Boolean personaFit,
        Boolean badCompanyData,
        String companySize,
        String industry,
        String country,
        SourceRef source) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }
}
