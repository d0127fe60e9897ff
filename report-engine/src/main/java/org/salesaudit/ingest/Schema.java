package org.salesaudit.ingest;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.salesaudit.model.Dataset;

/** The fields of each dataset, as documented in docs/workbook-format.md. */
final class Schema {

    /** The datasets this version reads: all of them. */
    static final Set<Dataset> READABLE = Collections.unmodifiableSet(EnumSet.allOf(Dataset.class));

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
                    FieldSpec.optional("currency"),
                    FieldSpec.optional("lead_id"),
                    FieldSpec.optional("product"),
                    FieldSpec.optional("region"),
                    FieldSpec.optional("type"));
            case REPS -> List.of(
                    FieldSpec.required("id"),
                    FieldSpec.optional("name"),
                    FieldSpec.optional("team"),
                    FieldSpec.optional("level"),
                    FieldSpec.optional("manager"),
                    FieldSpec.optional("region"),
                    FieldSpec.optional("start_date"),
                    FieldSpec.optional("end_date"),
                    FieldSpec.optional("language"));
            case QUOTAS -> List.of(
                    FieldSpec.required("rep"),
                    FieldSpec.required("period"),
                    FieldSpec.required("amount"));
            case LEADS -> List.of(
                    FieldSpec.required("id"),
                    FieldSpec.required("created"),
                    FieldSpec.optional("source"),
                    FieldSpec.optional("campaign"),
                    FieldSpec.optional("owner"),
                    FieldSpec.optional("stage"),
                    FieldSpec.optional("mql_date"),
                    FieldSpec.optional("sal_date"),
                    FieldSpec.optional("sql_date"),
                    FieldSpec.optional("customer_date"),
                    FieldSpec.optional("disqualified_date"),
                    FieldSpec.optional("first_touch"),
                    FieldSpec.optional("temperature"),
                    FieldSpec.optional("form_type"),
                    FieldSpec.optional("pricing_page_visits"),
                    FieldSpec.optional("email_opens"),
                    FieldSpec.optional("email_clicks"),
                    FieldSpec.optional("persona_fit"),
                    FieldSpec.optional("bad_company_data"),
                    FieldSpec.optional("company_size"),
                    FieldSpec.optional("industry"),
                    FieldSpec.optional("country"));
            case STAGE_HISTORY -> List.of(
                    FieldSpec.required("deal_id"),
                    FieldSpec.required("stage"),
                    FieldSpec.required("entered_on"),
                    FieldSpec.optional("amount"),
                    FieldSpec.optional("close_date"));
            case ACTIVITIES -> List.of(
                    FieldSpec.required("date"),
                    FieldSpec.optional("id"),
                    FieldSpec.optional("rep"),
                    FieldSpec.optional("lead_id"),
                    FieldSpec.optional("deal_id"),
                    FieldSpec.optional("type"),
                    FieldSpec.optional("duration"),
                    FieldSpec.optional("reached"));
            case CAMPAIGNS -> List.of(
                    FieldSpec.required("campaign"),
                    FieldSpec.optional("channel"),
                    FieldSpec.optional("period"),
                    FieldSpec.optional("spend"),
                    FieldSpec.optional("sent"),
                    FieldSpec.optional("opened"),
                    FieldSpec.optional("clicked"));
            case CUSTOMERS -> List.of(
                    FieldSpec.required("account"),
                    FieldSpec.optional("since"),
                    FieldSpec.optional("churned_on"),
                    FieldSpec.optional("recurring_revenue"));
        };
    }

    /** @return the prefix of the dataset's keys in alias and mapping files, e.g. {@code deals}, {@code stage_history} */
    static String prefix(Dataset dataset) {
        return dataset.name().toLowerCase(Locale.ROOT);
    }
}
