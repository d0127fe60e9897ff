package org.salesaudit.examples;

/**
 * Lead sources with their hidden behaviour.
 *
 * <p>{@code share} is the share of everyday lead volume (events come in bursts instead),
 * {@code speed} stretches the time through the funnel (below 1 is faster), {@code sqlRate} is the
 * base chance that an accepted lead becomes sales-qualified and {@code winFactor} scales the odds
 * of winning its deals.
 */
enum LeadSource {
    WEBSITE("Website", 0.29, 0.8, 0.60, 1.0),
    PAID_SEARCH("Paid Search", 0.25, 1.0, 0.47, 0.85),
    WEBINAR("Webinar", 0.14, 1.4, 0.52, 1.0),
    REFERRAL("Referral", 0.07, 0.55, 0.78, 1.6),
    EVENTS("Events", 0.0, 1.2, 0.50, 0.95),
    OUTBOUND("Outbound", 0.17, 0.9, 0.50, 0.9),
    PODCAST("Podcast", 0.08, 1.8, 0.40, 0.8);

    final String label;
    final double share;
    final double speed;
    final double sqlRate;
    final double winFactor;

    LeadSource(String label, double share, double speed, double sqlRate, double winFactor) {
        this.label = label;
        this.share = share;
        this.speed = speed;
        this.sqlRate = sqlRate;
        this.winFactor = winFactor;
    }
}
