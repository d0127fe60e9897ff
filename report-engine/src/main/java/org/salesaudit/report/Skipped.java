package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * A section the data did not support.
 *
 * @param reasonKey  the message key of the reason, a {@link java.text.MessageFormat} pattern
 * @param reasonArgs its arguments (file and sheet names, counts)
 */
public record Skipped(String id, String titleKey, String reasonKey, List<String> reasonArgs) implements SectionOutcome {

    public Skipped {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArgs = List.copyOf(reasonArgs);
    }
}
