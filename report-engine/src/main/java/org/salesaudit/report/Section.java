package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * A section of the report: headline figures, tables, charts, and the findings it contributes to the
 * executive summary.
 */
public record Section(String id, String titleKey, List<Figure> figures, List<Table> tables, List<Chart> charts,
        List<Finding> findings) implements SectionOutcome {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        findings = List.copyOf(findings);
    }

    /** A section without findings. */
    public Section(String id, String titleKey, List<Figure> figures, List<Table> tables, List<Chart> charts) {
        this(id, titleKey, figures, tables, charts, List.of());
    }

    /** A section without charts. */
    public Section(String id, String titleKey, List<Figure> figures, List<Table> tables) {
        this(id, titleKey, figures, tables, List.of(), List.of());
    }
}
