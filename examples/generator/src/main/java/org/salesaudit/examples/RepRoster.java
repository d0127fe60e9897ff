package org.salesaudit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed team of Acme Analytics: 20 reps in three teams under two managers. R03 and R15 are
 * stars, R06 and R12 are weak, R09 is rising, R04 is declining, R11 left on 2026-02-27 (R08
 * took over the accounts and open deals) and R19 and R20 started during the window.
 */
final class RepRoster {

    static final String MID_MARKET_MANAGER = "Hannah Brooks";
    static final String ENTERPRISE_MANAGER = "Daniel Okafor";

    private final Map<String, Rep> byId = new LinkedHashMap<>();
    private final Map<String, String> successors = new LinkedHashMap<>();

    RepRoster() {
        Team e = Team.EAST;
        Team w = Team.WEST;
        Team x = Team.ENTERPRISE;
        Region na = Region.NORTH_AMERICA;
        Region emea = Region.EMEA;
        Region apac = Region.APAC;
        add("R01", "Emily Carter", e, true, na, "2021-03-15", null, "en", steady(1.15, 1.0, 1.0, 1.0, 0.36));
        add("R02", "James O'Neill", e, false, na, "2023-06-05", null, "en", steady(0.95, 0.95, 1.0, 1.1, 0.34));
        add("R03", "Sofia Martinez", e, true, na, "2020-09-01", null, "en", steady(1.85, 1.4, 1.5, 0.45, 0.44));
        add("R04", "Michael Grant", e, true, emea, "2019-04-08", null, "en",
                new RepProfile(1.9, 0.15, 1.3, 0.85, 1.6, 0.33));
        add("R05", "Katarzyna Nowak", e, false, emea, "2023-01-09", null, "pl", steady(1.0, 1.0, 1.1, 0.9, 0.37));
        add("R06", "Tom Fischer", e, false, emea, "2024-02-12", null, "en", steady(0.6, 0.85, 0.6, 2.6, 0.27));
        add("R07", "Layla Haddad", e, false, emea, "2022-10-03", null, "ar", steady(1.05, 1.0, 1.0, 1.0, 0.36));
        add("R08", "Olivia Chen", w, true, na, "2021-01-11", null, "en", steady(1.1, 1.05, 1.1, 0.8, 0.38));
        add("R09", "Ethan Walker", w, false, na, "2024-05-06", null, "en",
                new RepProfile(0.55, 3.8, 1.0, 1.45, 0.7, 0.41));
        add("R10", "Min-jun Park", w, true, apac, "2020-07-20", null, "ko", steady(1.0, 1.0, 1.0, 1.0, 0.35));
        add("R11", "Ryan Mitchell", w, true, na, "2019-11-04", "2026-02-27", "en", steady(0.95, 1.0, 0.9, 1.2, 0.33));
        add("R12", "Chloe Davis", w, false, na, "2023-09-18", null, "en", steady(0.55, 0.85, 0.7, 2.2, 0.28));
        add("R13", "Aiko Tanaka", w, false, apac, "2022-04-11", null, "en", steady(0.95, 0.95, 1.0, 1.0, 0.35));
        add("R14", "Jonathan Reyes", x, true, na, "2018-08-20", null, "en", steady(0.9, 1.0, 1.0, 1.1, 0.34));
        add("R15", "Priya Raman", x, true, na, "2020-02-03", null, "en", steady(1.85, 1.3, 1.6, 0.5, 0.45));
        add("R16", "Dmitri Volkov", x, true, emea, "2021-09-06", null, "ru", steady(0.95, 1.0, 1.0, 1.2, 0.34));
        add("R17", "Grace Liu", x, true, apac, "2022-01-17", null, "en", steady(1.0, 1.0, 1.05, 0.9, 0.36));
        add("R18", "Samuel Adeyemi", x, false, emea, "2023-03-13", null, "en", steady(0.85, 0.9, 1.0, 1.1, 0.33));
        add("R19", "Lucas Moreau", w, false, na, "2026-03-02", null, "en", steady(0.9, 0.9, 1.1, 0.9, 0.36));
        add("R20", "Noah Bennett", e, false, na, "2026-06-01", null, "en", steady(0.95, 1.0, 1.2, 0.8, 0.37));
        successors.put("R11", "R08");
    }

    private static RepProfile steady(double skill, double dealSize, double persistence, double responseDelay,
            double reach) {
        return RepProfile.steady(skill, dealSize, persistence, responseDelay, reach);
    }

    private void add(String id, String name, Team team, boolean senior, Region region, String start, String end,
            String language, RepProfile profile) {
        String manager = team == Team.ENTERPRISE ? ENTERPRISE_MANAGER : MID_MARKET_MANAGER;
        byId.put(id, new Rep(id, name, team, senior, manager, region, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), language, profile));
    }

    List<Rep> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    Rep get(String id) {
        Rep rep = byId.get(id);
        if (rep == null) {
            throw new IllegalArgumentException("unknown rep " + id);
        }
        return rep;
    }

    /** Who owns the accounts and deals of {@code repId} on {@code date}: the successor once the rep left. */
    Rep ownerOn(String repId, LocalDate date) {
        Rep rep = get(repId);
        while (rep.end() != null && date.isAfter(rep.end())) {
            rep = get(successors.get(rep.id()));
        }
        return rep;
    }

    /**
     * Picks the rep for a new lead or account: the team of the segment in the country's region,
     * preferring (every other time) a rep who speaks the country's language, weighted by lead share.
     */
    Rep route(boolean enterprise, Country country, LocalDate day, Rng rng) {
        List<Rep> candidates = routable(enterprise, country.region, day);
        List<Rep> speakers = candidates.stream().filter(rep -> rep.language().equals(country.language)).toList();
        if (!speakers.isEmpty() && !country.language.equals("en") && rng.chance(0.5)) {
            candidates = speakers;
        }
        Weighted<Rep> choice = new Weighted<>();
        for (Rep rep : candidates) {
            choice.add(rep, rep.leadWeight(day));
        }
        return choice.draw(rng);
    }

    /** Reps that can receive new leads of a segment and region on a date. */
    List<Rep> routable(boolean enterprise, Region region, LocalDate date) {
        List<Rep> reps = new ArrayList<>();
        for (Rep rep : byId.values()) {
            boolean teamFits = enterprise == (rep.team() == Team.ENTERPRISE);
            if (teamFits && rep.region() == region && rep.employedOn(date)) {
                reps.add(rep);
            }
        }
        return reps;
    }
}
