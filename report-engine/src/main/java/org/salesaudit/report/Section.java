package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/** A section of the report: headline figures and tables. */
public record Section(String id, String titleKey, List<Figure> figures, List<Table> tables) implements SectionOutcome {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }
}
