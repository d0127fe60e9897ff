package org.salesaudit.ingest;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.salesaudit.model.Dataset;

/** The fields of each dataset, as documented in docs/workbook-format.md. */
final class Schema {

    /** The datasets this version reads; sheets of the others are recognised by name and not read. */
    static final Set<Dataset> READABLE = Collections.unmodifiableSet(EnumSet.of(Dataset.DEALS, Dataset.REPS,
            Dataset.QUOTAS));

    private Schema() {
    }

    static List<FieldSpec> fields(Dataset dataset) {
        return switch (dataset) {
            case DEALS -> List.of(
                    FieldSpec.required("id"),
                    FieldSpec.required("amount"),
                    FieldSpec.optional("owner"),
                    FieldSpec.optional("account"),
                    FieldSpec.optional("created"),
                    FieldSpec.optional("close_date"),
                    // a deal needs a stage or a status; DealRowMapper checks that at least one is there
                    FieldSpec.optional("stage"),
                    FieldSpec.optional("status"),
                    FieldSpec.optional("probability"),
                    FieldSpec.optional("currency"));
            case REPS -> List.of(
                    FieldSpec.required("id"),
                    FieldSpec.optional("name"),
                    FieldSpec.optional("team"),
                    FieldSpec.optional("level"),
                    FieldSpec.optional("start_date"),
                    FieldSpec.optional("end_date"));
            case QUOTAS -> List.of(
                    FieldSpec.required("rep"),
                    FieldSpec.required("period"),
                    FieldSpec.required("amount"));
            default -> List.of();
        };
    }

    /** @return the prefix of the dataset's keys in alias and mapping files, e.g. {@code deals} */
    static String prefix(Dataset dataset) {
        return dataset.name().toLowerCase(Locale.ROOT);
    }
}
