package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/** A section of the report: headline figures, tables and charts. */
public record Section(String id, String titleKey, List<Figure> figures, List<Table> tables, List<Chart> charts)
        implements SectionOutcome {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A section without charts. */
    public Section(String id, String titleKey, List<Figure> figures, List<Table> tables) {
        this(id, titleKey, figures, tables, List.of());
    }
}
