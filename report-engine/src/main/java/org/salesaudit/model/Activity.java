package org.salesaudit.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A sales touch: a call, an e-mail or a meeting with a lead or on a deal.
 *
 * @param type            as written (Call, Email, Meeting)
 * @param durationMinutes {@code null} when unknown
 * @param reached         whether the touch reached the prospect; {@code null} when unknown
 */
public record Activity(String id, LocalDateTime at, String repId, String leadId, String dealId, String type,
        BigDecimal durationMinutes, Boolean reached, SourceRef source) {

    public Activity {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
    }
}
