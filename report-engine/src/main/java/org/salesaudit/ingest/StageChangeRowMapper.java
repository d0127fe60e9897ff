package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.salesaudit.model.StageChange;

/** Turns rows of a StageHistory sheet into {@link StageChange}s. */
final class StageChangeRowMapper {

    Optional<StageChange> map(RowReader row) {
        Optional<String> dealId = row.text("deal_id", true);
        Optional<String> stage = row.text("stage", true);
        Optional<LocalDate> enteredOn = row.date("entered_on", true);
        Optional<BigDecimal> amount = row.amount("amount", false);
        Optional<LocalDate> closeDate = row.date("close_date", false);
        if (row.rejected()) {
            return Optional.empty();
        }
        return Optional.of(new StageChange(dealId.get(), stage.get(), enteredOn.get(), amount.orElse(null),
                closeDate.orElse(null), row.source()));
    }
}
