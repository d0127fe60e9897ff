package org.salesaudit.audit;

import java.util.Locale;

/**
 * The marketing–sales agreement on lead follow-up: hours within which sales must first touch a lead,
 * for warm leads (demo requests, contact forms: temperature "Warm" or "Hot") and for all others.
 *
 * @param warmHours hours for warm leads (setting {@code audit.sla_hours.warm}, default 24)
 * @param coldHours hours for other leads (setting {@code audit.sla_hours.cold}, default 72)
 */
public record ResponseSla(int warmHours, int coldHours) {

    /** 24 hours for warm leads, 72 for the others. */
    public static final ResponseSla DEFAULT = new ResponseSla(24, 72);

    static final String WARM_KEY = "audit.sla_hours.warm";
    static final String COLD_KEY = "audit.sla_hours.cold";

    public ResponseSla {
        if (warmHours <= 0 || coldHours <= 0) {
            throw new IllegalArgumentException("SLA hours must be positive");
        }
    }

    /** @return the hours that apply to a lead of this temperature */
    public int hoursFor(String temperature) {
        return isWarm(temperature) ? warmHours : coldHours;
    }

    static boolean isWarm(String temperature) {
        if (temperature == null) {
            return false;
        }
        String t = temperature.strip().toLowerCase(Locale.ROOT);
        return t.equals("warm") || t.equals("hot");
    }
}
