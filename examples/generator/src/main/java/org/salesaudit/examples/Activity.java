package org.salesaudit.examples;

import java.time.LocalDateTime;

/** One row of the Activities sheet (the ID is given once all activities are sorted by time). */
record Activity(LocalDateTime at, String repId, String leadId, String dealId, String type, int minutes,
        boolean reached) {
}
