package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Routes each lead to a rep and moves it through the funnel up to SQL: marketing qualification
 * (hand-raisers at once, content leads by score), the first sales touch (fast for warm leads,
 * slow for cold ones, slower still for slow reps), acceptance by sales and qualification. Leads
 * that fall out are disqualified or recycled to nurturing. Nothing happens after the as-of date.
 */
final class LeadFunnel {

    private final RepRoster roster;
    private final Rng rng;

    LeadFunnel(RepRoster roster, Rng rng) {
        this.roster = roster;
        this.rng = rng;
    }

    void run(Lead lead) {
        lead.routedTo = roster.route(lead.enterprise(), lead.country, lead.created.toLocalDate(), rng).id();
        qualify(lead);
    }

    private void qualify(Lead lead) {
        double speed = lead.source.speed;
        LocalDateTime mql = marketingQualified(lead);
        if (mql == null || mql.isAfter(DataWindow.AS_OF_END)) {
            dropUnqualified(lead);
            return;
        }
        lead.mqlAt = mql;
        lead.stage = LeadStage.MQL;
        Rep rep = roster.ownerOn(lead.routedTo, mql.toLocalDate());
        if (!rng.chance(0.975 - 0.015 * rep.profile().responseDelay())) {
            return;
        }
        lead.firstTouch = touchAfter(mql, lead.form.warm, rep);
        if (lead.firstTouch.isAfter(DataWindow.AS_OF_END)) {
            lead.firstTouch = null;
            return;
        }
        double accept = 0.62 + (lead.personaFit ? 0.15 : -0.05) - (lead.badCompanyData ? 0.3 : 0) + 0.08 * lead.interest;
        LocalDate touched = lead.firstTouch.toLocalDate();
        if (!rng.chance(clamp(accept))) {
            fallOut(lead, touched.plusDays(Math.round(rng.logNormal(5, 0.6))), 0.35);
            return;
        }
        LocalDate sal = later(touched, rng.logNormal(2 * speed, 0.7));
        if (sal.isAfter(DataWindow.AS_OF)) {
            return;
        }
        lead.salDate = sal;
        lead.stage = LeadStage.SAL;
        double factor = lead.campaign.quality() * (lead.personaFit ? 1.4 : 0.7) * StrictMath.exp(0.3 * lead.interest)
                * (lead.badCompanyData ? 0.6 : 1.0);
        if (!rng.chance(Rng.scaleOdds(lead.source.sqlRate, factor))) {
            fallOut(lead, later(sal, rng.logNormal(10, 0.6)), 0.45);
            return;
        }
        LocalDate sql = later(sal, rng.logNormal(6 * speed, 0.7));
        if (!sql.isAfter(DataWindow.AS_OF)) {
            lead.sqlDate = sql;
            lead.stage = LeadStage.SQL;
        }
    }

    /** When marketing qualifies the lead, or null if it never does. */
    private LocalDateTime marketingQualified(Lead lead) {
        if (lead.form.warm) {
            double chance = lead.badCompanyData && !lead.personaFit ? 0.6 : 0.93;
            return rng.chance(chance) ? lead.created : null;
        }
        if (!rng.chance(Rng.logistic((lead.score() - 19) / 5.0))) {
            return null;
        }
        double days = rng.logNormal(9 * lead.source.speed, 0.8);
        return BusinessCalendar.intoWorkingHours(lead.created.plusMinutes(Math.round(days * 24 * 60)));
    }

    private LocalDateTime touchAfter(LocalDateTime from, boolean warm, Rep rep) {
        double hours = rng.logNormal(warm ? 2.5 : 26, 1.0) * rep.profile().responseDelay();
        return BusinessCalendar.intoWorkingHours(from.plusMinutes(Math.max(4, Math.round(hours * 60))));
    }

    /** Leads that marketing never qualifies: some disqualified, some touched by an eager rep. */
    private void dropUnqualified(Lead lead) {
        boolean outbound = lead.source == LeadSource.OUTBOUND;
        if (rng.chance(outbound ? 0.85 : 0.25)) {
            Rep rep = roster.ownerOn(lead.routedTo, lead.created.toLocalDate());
            LocalDateTime touch = touchAfter(lead.created, lead.form.warm, rep);
            if (!touch.isAfter(DataWindow.AS_OF_END)) {
                lead.firstTouch = touch;
            }
        }
        boolean poorFit = lead.badCompanyData || !lead.personaFit;
        if (rng.chance(poorFit ? 0.5 : 0.12)) {
            LocalDate disqualified = later(lead.created.toLocalDate(), rng.logNormal(15, 0.7));
            if (lead.firstTouch != null && disqualified.isBefore(lead.firstTouch.toLocalDate())) {
                disqualified = lead.firstTouch.toLocalDate();
            }
            if (!disqualified.isAfter(DataWindow.AS_OF)) {
                lead.disqualifiedDate = disqualified;
                lead.stage = LeadStage.DISQUALIFIED;
            }
        }
    }

    /** Sales rejects the lead: disqualified with the given chance, else recycled to nurturing. */
    private void fallOut(Lead lead, LocalDate day, double disqualify) {
        if (day.isAfter(DataWindow.AS_OF)) {
            return;
        }
        if (rng.chance(disqualify)) {
            lead.disqualifiedDate = day;
            lead.stage = LeadStage.DISQUALIFIED;
        } else {
            lead.recycledDate = day;
            lead.stage = LeadStage.RECYCLED;
        }
    }

    private static LocalDate later(LocalDate day, double days) {
        return BusinessCalendar.onOrAfterBusinessDay(day.plusDays(Math.round(days)));
    }

    private static double clamp(double p) {
        return Math.max(0.05, Math.min(0.95, p));
    }
}
