package org.salesaudit.render.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesaudit.problem.Problem;
import org.salesaudit.problem.Severity;

/** The data-quality appendix: counts by severity and one row per problem, where it is and what was done. */
final class QualityModel {

    static final String ID = "data-quality";

    private QualityModel() {
    }

    static Map<String, Object> build(List<Problem> problems, Localized l10n) {
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("id", ID);
        quality.put("title", l10n.text("dataQuality.title"));
        quality.put("counts", l10n.text("dataQuality.counts",
                l10n.count(count(problems, Severity.ERROR)), l10n.count(count(problems, Severity.WARNING))));
        quality.put("empty", problems.isEmpty());
        quality.put("none", l10n.text("dataQuality.none"));
        TableData table = new TableData(l10n.text("dataQuality.title"))
                .column(l10n.text("dataQuality.column.severity"), false, "severity")
                .column(l10n.text("dataQuality.column.location"), false)
                .column(l10n.text("dataQuality.column.expected"), false)
                .column(l10n.text("dataQuality.column.found"), false)
                .column(l10n.text("dataQuality.column.action"), false);
        for (Problem p : problems) {
            table.row(p.code(), p.severity().name().toLowerCase(Locale.ROOT), List.of(
                    l10n.text("severity." + p.severity().name()), p.at().describe(), p.expected(), p.found(),
                    p.action()));
        }
        quality.put("table", l10n.build(table));
        return quality;
    }

    private static long count(List<Problem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
