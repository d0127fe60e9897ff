package org.salesaudit.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.salesaudit.model.Lead;
import org.salesaudit.problem.Severity;

/** Turns rows of a Leads sheet into {@link Lead}s. One instance per run: it remembers ids to catch duplicates. */
final class LeadRowMapper {

    private final FirstRows seenIds = new FirstRows();

    Optional<Lead> map(RowReader row) {
        Optional<String> id = row.text("id", true);
        Optional<LocalDateTime> created = row.dateTime("created", true);
        Optional<String> source = row.text("source", false);
        Optional<String> campaign = row.text("campaign", false);
        Optional<String> owner = row.text("owner", false);
        Optional<String> stage = row.text("stage", false);
        Optional<LocalDate> mql = row.date("mql_date", false);
        Optional<LocalDate> sal = row.date("sal_date", false);
        Optional<LocalDate> sql = row.date("sql_date", false);
        Optional<LocalDate> customer = row.date("customer_date", false);
        Optional<LocalDate> disqualified = row.date("disqualified_date", false);
        Optional<LocalDateTime> firstTouch = row.dateTime("first_touch", false);
        Optional<String> temperature = row.text("temperature", false);
        Optional<String> formType = row.text("form_type", false);
        Optional<Long> pricingVisits = row.count("pricing_page_visits");
        Optional<Long> opens = row.count("email_opens");
        Optional<Long> clicks = row.count("email_clicks");
        Optional<Boolean> personaFit = row.bool("persona_fit");
        Optional<Boolean> badData = row.bool("bad_company_data");
        Optional<String> size = row.text("company_size", false);
        Optional<String> industry = row.text("industry", false);
        Optional<String> country = row.text("country", false);
        if (row.rejected()) {
            return Optional.empty();
        }
        int first = seenIds.firstOrAdd(id.get(), row.source().row(), 0);
        if (first >= 0) {
            row.problem(Severity.ERROR, "lead.duplicate_id", "id", "a lead id used once (first used in row "
                    + seenIds.row(first) + ")", id.get(), "row left out");
            return Optional.empty();
        }
        return Optional.of(new Lead(id.get(), created.get(), source.orElse(null), campaign.orElse(null),
                owner.orElse(null), stage.orElse(null), mql.orElse(null), sal.orElse(null), sql.orElse(null),
                customer.orElse(null), disqualified.orElse(null), firstTouch.orElse(null), temperature.orElse(null),
                formType.orElse(null), asInteger(pricingVisits), asInteger(opens), asInteger(clicks),
                personaFit.orElse(null), badData.orElse(null), size.orElse(null), industry.orElse(null),
                country.orElse(null), row.source()));
    }

    private static Integer asInteger(Optional<Long> count) {
        return count.filter(c -> c <= Integer.MAX_VALUE).map(Long::intValue).orElse(null);
    }
}
