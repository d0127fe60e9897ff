package org.salesaudit.render.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesaudit.problem.Problem;
import org.salesaudit.problem.Severity;

/**
 * The data-quality appendix: counts by severity, the problems grouped by kind (their code) with the
 * count of each, and the first problems of each kind, where they are and what was done. The rest of a
 * kind is counted in one line ("… and 1,234 more"): results.json and the XLSX list every problem.
 */
final class QualityModel {

    static final String ID = "data-quality";

    private QualityModel() {
    }

    static Map<String, Object> build(List<Problem> problems, int listedPerKind, Localized l10n) {
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("id", ID);
        quality.put("title", l10n.text("dataQuality.title"));
        quality.put("counts", l10n.text("dataQuality.counts",
                l10n.count(count(problems, Severity.ERROR)), l10n.count(count(problems, Severity.WARNING))));
        quality.put("empty", problems.isEmpty());
        quality.put("none", l10n.text("dataQuality.none"));
        List<Kind> kinds = kinds(problems);
        TableData byKind = new TableData(l10n.text("dataQuality.kinds.caption"))
                .column(l10n.text("dataQuality.column.severity"), false, "severity")
                .column(l10n.text("dataQuality.column.kind"), false)
                .column(l10n.text("dataQuality.column.count"), true)
                .column(l10n.text("dataQuality.column.listed"), true);
        TableData table = new TableData(l10n.text("dataQuality.title"))
                .column(l10n.text("dataQuality.column.severity"), false, "severity")
                .column(l10n.text("dataQuality.column.location"), false)
                .column(l10n.text("dataQuality.column.expected"), false)
                .column(l10n.text("dataQuality.column.found"), false)
                .column(l10n.text("dataQuality.column.action"), false);
        boolean shortened = false;
        for (Kind kind : kinds) {
            int listed = Math.min(listedPerKind, kind.problems.size());
            byKind.row(kind.code, severityStyle(kind.severity), List.of(l10n.text("severity." + kind.severity.name()),
                    kind.code, l10n.count(kind.problems.size()), l10n.count(listed)));
            for (Problem p : kind.problems.subList(0, listed)) {
                table.row(p.code(), severityStyle(p.severity()), List.of(
                        l10n.text("severity." + p.severity().name()), p.at().describe(), p.expected(), p.found(),
                        p.action()));
            }
            int more = kind.problems.size() - listed;
            if (more > 0) {
                shortened = true;
                table.row(kind.code + ".more", "more", List.of("", l10n.text("dataQuality.more", l10n.count(more),
                        kind.code), "", "", ""));
            }
        }
        quality.put("kinds", l10n.build(byKind));
        quality.put("table", l10n.build(table));
        quality.put("note", shortened ? l10n.text("dataQuality.listed", l10n.count(listedPerKind)) : "");
        return quality;
    }

    private static String severityStyle(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** @return the kinds of problem: errors first, then the most frequent, then by code; problems in input order */
    private static List<Kind> kinds(List<Problem> problems) {
        Map<String, Kind> byCode = new LinkedHashMap<>();
        for (Problem p : problems) {
            Kind kind = byCode.computeIfAbsent(p.code(), c -> new Kind(c, p.severity()));
            kind.problems.add(p);
            if (p.severity() == Severity.ERROR) {
                kind.severity = Severity.ERROR;
            }
        }
        List<Kind> kinds = new ArrayList<>(byCode.values());
        kinds.sort(Comparator.comparing((Kind k) -> k.severity != Severity.ERROR)
                .thenComparing(k -> -k.problems.size())
                .thenComparing(k -> k.code));
        return kinds;
    }

    private static long count(List<Problem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** The problems of one code; an error when any of them is. */
    private static final class Kind {
        final String code;
        Severity severity;
        final List<Problem> problems = new ArrayList<>();

        Kind(String code, Severity severity) {
            this.code = code;
            this.severity = severity;
        }
    }
}
