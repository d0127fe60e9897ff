package org.salesaudit.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A campaign's spend and e-mail counts in one period; counts and spend are {@code null} when unknown. */
public record CampaignPeriod(String campaign, String channel, Period period, BigDecimal spend, Long sent, Long opened,
        Long clicked, SourceRef source) {

    public CampaignPeriod {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(source, "source");
    }
}
