package org.salesaudit.audit;

import org.salesaudit.model.SalesData;
import org.salesaudit.report.SectionOutcome;

/** One question of the sales audit: answers it from the data, or says why it cannot. */
public interface Audit {

    /** @return the stable section id used in results.json (e.g. {@code pipeline}) */
    String id();

    /** @return a section with figures and tables, or a {@link org.salesaudit.report.Skipped} with the reason */
    SectionOutcome run(SalesData data, AuditSettings settings);
}
