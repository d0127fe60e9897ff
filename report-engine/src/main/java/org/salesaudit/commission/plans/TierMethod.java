package org.salesaudit.commission.plans;

/** How the tier rates of a plan apply to the credited bookings. */
public enum TierMethod {
    /** The whole credit is paid at the rate of the tier the attainment reached. */
    TIER,
    /** Each bracket of credit is paid at its own tier's rate. */
    MARGINAL
}
