package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import org.salesaudit.model.Activity;
import org.salesaudit.problem.Severity;

/** Turns rows of an Activities sheet into {@link Activity} records. One instance per run: it catches duplicate ids. */
final class ActivityRowMapper {

    private final FirstRows seenIds = new FirstRows();

    Optional<Activity> map(RowReader row) {
        Optional<String> id = row.text("id", false);
        Optional<LocalDateTime> at = row.dateTime("date", true);
        Optional<String> rep = row.text("rep", false);
        Optional<String> leadId = row.text("lead_id", false);
        Optional<String> dealId = row.text("deal_id", false);
        Optional<String> type = row.text("type", false);
        Optional<BigDecimal> duration = row.amount("duration", false);
        Optional<Boolean> reached = row.bool("reached");
        if (row.rejected()) {
            return Optional.empty();
        }
        if (duration.isPresent() && duration.get().signum() < 0) {
            row.problem(Severity.WARNING, "duration.negative", "duration", "a duration of zero minutes or more",
                    duration.get().toPlainString(), "treated as blank");
            duration = Optional.empty();
        }
        if (id.isPresent()) {
            int first = seenIds.firstOrAdd(id.get(), row.source().row(), 0);
            if (first >= 0) {
                row.problem(Severity.ERROR, "activity.duplicate_id", "id", "an activity id used once (first used in row "
                        + seenIds.row(first) + ")", id.get(), "row left out");
                return Optional.empty();
            }
        }
        return Optional.of(new Activity(id.orElse(null), at.get(), rep.orElse(null), leadId.orElse(null),
                dealId.orElse(null), type.orElse(null), duration.orElse(null), reached.orElse(null), row.source()));
    }
}
