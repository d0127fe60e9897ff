package org.salesaudit.audit;

import java.util.List;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;

/**
 * One question of the sales audit: answers it from the data, or says why it cannot. An audit names the
 * datasets it cannot do without ({@link #requires()}); {@link #run} skips it, naming the first missing
 * sheet, before {@link #answer} sees the data.
 */
public interface Audit {

    /** @return the stable section id used in results.json (e.g. {@code pipeline}) */
    String id();

    /** @return the message key of the section title */
    String titleKey();

    /** @return the datasets without which the question cannot be answered, in the order they are checked */
    List<Dataset> requires();

    /**
     * @return a section with figures and tables, or a {@link Skipped} for a reason beyond a missing sheet;
     *         called only when every dataset of {@link #requires()} is present
     */
    SectionOutcome answer(SalesData data, AuditSettings settings);

    /** @return the section, or a {@link Skipped} naming the first required sheet that is missing */
    default SectionOutcome run(SalesData data, AuditSettings settings) {
        for (Dataset dataset : requires()) {
            if (!data.has(dataset)) {
                return new Skipped(id(), titleKey(), "skipped.noSheet", List.of(dataset.sheetName()));
            }
        }
        return answer(data, settings);
    }
}
