package org.salesaudit.ingest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.salesaudit.model.Rep;
import org.salesaudit.problem.Severity;

/** Turns rows of a Reps sheet into {@link Rep}s. */
final class RepRowMapper {

    private final Set<String> seenIds = new HashSet<>();

    Optional<Rep> map(RowReader row) {
        Optional<String> id = row.text("id", true);
        Optional<String> name = row.text("name", false);
        Optional<String> team = row.text("team", false);
        Optional<String> level = row.text("level", false);
        Optional<LocalDate> start = row.date("start_date", false);
        Optional<LocalDate> end = row.date("end_date", false);
        Optional<String> manager = row.text("manager", false);
        Optional<String> region = row.text("region", false);
        Optional<String> language = row.text("language", false);
        if (row.rejected()) {
            return Optional.empty();
        }
        if (!seenIds.add(id.get())) {
            row.problem(Severity.ERROR, "rep.duplicate_id", "id", "a rep id used once", id.get(), "row left out");
            return Optional.empty();
        }
        return Optional.of(new Rep(id.get(), name.orElse(null), team.orElse(null), level.orElse(null),
                manager.orElse(null), region.orElse(null), start.orElse(null), end.orElse(null),
                language.orElse(null), row.source()));
    }
}
