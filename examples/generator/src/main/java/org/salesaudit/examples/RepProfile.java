package org.salesaudit.examples;

/**
 * How a rep really performs, which the workbook never states but the data shows.
 *
 * @param skill multiplier of the odds of moving a deal forward, at the window start
 * @param trend what the rep's skill is multiplied by at the as-of date (linear in between; 1 for a
 *     steady rep); deal sizes follow the square root of it
 * @param dealSize multiplier of the deal amounts the rep negotiates
 * @param persistence multiplier of the number of follow-up touches
 * @param responseDelay multiplier of the time to the first touch of a new lead
 * @param reach probability that a call reaches the prospect
 */
record RepProfile(double skill, double trend, double dealSize, double persistence, double responseDelay,
        double reach) {

    static RepProfile steady(double skill, double dealSize, double persistence, double responseDelay,
            double reach) {
        return new RepProfile(skill, 1.0, dealSize, persistence, responseDelay, reach);
    }

    /** The trend multiplier at a point of the window (0 at the start, 1 at the as-of date). */
    double trendAt(double elapsed) {
        return 1.0 + (trend - 1.0) * elapsed;
    }
}
