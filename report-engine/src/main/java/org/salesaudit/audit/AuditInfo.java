package org.salesaudit.audit;

import java.util.List;
import java.util.Objects;

import org.salesaudit.model.Dataset;

/**
 * What an audit is: its section id in results.json, the message key of its title, and the datasets
 * without which it cannot answer, in the order they are checked.
 */
public record AuditInfo(String id, String titleKey, List<Dataset> requires) {

    public AuditInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        requires = List.copyOf(requires);
    }

    public AuditInfo(String id, String titleKey, Dataset... requires) {
        this(id, titleKey, List.of(requires));
    }
}
