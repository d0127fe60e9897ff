package org.salesaudit.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sales representative. Optional attributes are {@code null} when the source does not have them.
 *
 * @param language the rep's language for statements (en, ko, ar, pl, ru)
 */
public record Rep(
        String id,
        String name,
        String team,
        String level,
        String manager,
        String region,
        LocalDate startDate,
        LocalDate endDate,
        String language,
        SourceRef source) {

    public Rep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }

    /** @return the name when known, else the id */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
