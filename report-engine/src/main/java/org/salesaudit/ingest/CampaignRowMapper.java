package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.util.Optional;

import org.salesaudit.model.CampaignPeriod;
import org.salesaudit.model.Period;
import org.salesaudit.problem.Severity;

/** Turns rows of a Campaigns sheet into {@link CampaignPeriod}s. */
final class CampaignRowMapper {

    Optional<CampaignPeriod> map(RowReader row) {
        Optional<String> campaign = row.text("campaign", true);
        Optional<String> channel = row.text("channel", false);
        Optional<Period> period = PeriodCells.read(row, "period", false);
        Optional<BigDecimal> spend = row.amount("spend", false);
        Optional<Long> sent = row.count("sent");
        Optional<Long> opened = row.count("opened");
        Optional<Long> clicked = row.count("clicked");
        if (row.rejected()) {
            return Optional.empty();
        }
        if (spend.isPresent() && spend.get().signum() < 0) {
            row.problem(Severity.WARNING, "amount.negative", "spend", "a spend of zero or more",
                    spend.get().toPlainString(), "treated as blank");
            spend = Optional.empty();
        }
        return Optional.of(new CampaignPeriod(campaign.get(), channel.orElse(null), period.orElse(null),
                spend.orElse(null), sent.orElse(null), opened.orElse(null), clicked.orElse(null), row.source()));
    }
}
