package org.salesaudit.audit;

import java.util.List;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;

/**
 * One question of the sales audit: answers it from the data, or says why it cannot. An audit names the
 * datasets it cannot do without ({@link AuditInfo#requires()}); {@link #run} skips it, naming the first
 * missing sheet, before {@link #answer} sees the data.
 */
public interface Audit {

    /** @return the audit's id, title and required datasets */
    AuditInfo info();

    /**
     * @return a section with figures and tables, or a {@link Skipped} for a reason beyond a missing sheet;
     *         called only when every dataset the audit requires is present
     */
    SectionOutcome answer(SalesData data, AuditSettings settings);

    /**
     * @return whether the audit passes over the data many times (a backtest, a simulation): the engine starts
     *         such audits first, so that the report does not wait for one that started last
     */
    default boolean runsLong() {
        return false;
    }

    /** @return the stable section id used in results.json (e.g. {@code pipeline}) */
    default String id() {
        return info().id();
    }

    /** @return the section, or a {@link Skipped} naming the first required sheet that is missing */
    default SectionOutcome run(SalesData data, AuditSettings settings) {
        AuditInfo info = info();
        for (Dataset dataset : info.requires()) {
            if (!data.has(dataset)) {
                return new Skipped(info.id(), info.titleKey(), "skipped.noSheet", List.of(dataset.sheetName()));
            }
        }
        return answer(data, settings);
    }
}
