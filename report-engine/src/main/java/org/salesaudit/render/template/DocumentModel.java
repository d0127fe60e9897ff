package org.salesaudit.render.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesaudit.render.chart.ChartSvg;
import org.salesaudit.report.Chart;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.InputFile;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * The data model of {@code report.ftlh}: plain maps, lists, strings and booleans, every text already
 * translated and every number already formatted for the locale.
 */
final class DocumentModel {

    /** Hex digits of an input's SHA-256 shown in the report. */
    static final int SHA_SHOWN = 12;

    private final ReportModel model;
    private final Locale locale;
    private final Medium medium;
    private final Localized l10n;
    private final ChartSvg charts;

    DocumentModel(ReportModel model, Locale locale, Medium medium) {
        this.model = model;
        this.locale = locale;
        this.medium = medium;
        this.l10n = Localized.of(locale, medium);
        this.charts = new ChartSvg(l10n.messages(), l10n.values(), model.currency());
    }

    Map<String, Object> build() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("lang", locale.toLanguageTag());
        doc.put("dir", l10n.rightToLeft() ? "rtl" : "ltr");
        doc.put("print", medium == Medium.PRINT);
        doc.put("mirrorTables", l10n.mirrorTables());
        doc.put("title", l10n.text("report.title"));
        doc.put("subtitle", l10n.text("report.subtitle"));
        doc.put("asOf", l10n.text("report.asOf", l10n.value(new Value.Date(model.asOf()))));
        doc.put("generator", model.generator());
        doc.put("generatedBy", l10n.text("report.generatedBy", model.generator()));
        doc.put("labels", labels());
        doc.put("inputs", inputs());
        List<Map<String, Object>> chapters = chapters();
        doc.put("chapters", chapters);
        SummaryModel summary = new SummaryModel(model, l10n);
        doc.put("keyFigureRows", summary.keyFigureRows());
        doc.put("status", summary.status());
        doc.put("findings", FindingsModel.build(model, l10n));
        Map<String, Object> quality = QualityModel.build(model.problems(), model.settings().problemsListedPerKind(), l10n);
        doc.put("quality", quality);
        doc.put("contents", contents(chapters, (String) quality.get("title")));
        return doc;
    }

    private Map<String, Object> labels() {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (String key : List.of("page", "pageOf", "contents", "summary", "inputs", "keyFigures", "appendix")) {
            labels.put(key, l10n.text("report." + key));
        }
        return labels;
    }

    private Map<String, Object> inputs() {
        TableData table = new TableData(l10n.text("report.inputs"))
                .column(l10n.text("report.column.file"), false)
                .column(l10n.text("report.column.sha256"), false, "hash");
        for (InputFile input : model.inputs()) {
            table.row("", "", List.of(input.name(), shortHash(input.sha256())));
        }
        return l10n.build(table);
    }

    static String shortHash(String sha256) {
        return sha256.length() <= SHA_SHOWN ? sha256 : sha256.substring(0, SHA_SHOWN) + "\u2026";
    }

    /** @return the HTML id of the chapter of a section: its number and id */
    static String chapterId(int number, String sectionId) {
        return "s" + number + "-" + sectionId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private List<Map<String, Object>> chapters() {
        List<Map<String, Object>> chapters = new ArrayList<>();
        int number = 0;
        for (SectionOutcome outcome : model.sections()) {
            number++;
            Map<String, Object> chapter = new LinkedHashMap<>();
            chapter.put("id", chapterId(number, outcome.id()));
            chapter.put("key", outcome.id());
            chapter.put("number", String.valueOf(number));
            chapter.put("title", l10n.text(outcome.titleKey()));
            boolean skipped = outcome instanceof Skipped;
            chapter.put("skipped", skipped);
            chapter.put("reason", skipped ? l10n.skipReason((Skipped) outcome) : "");
            Section section = skipped ? null : (Section) outcome;
            chapter.put("figures", figures(skipped ? List.of() : section.figures()));
            chapter.put("tables", skipped ? List.of() : section.tables().stream().map(this::table).toList());
            chapter.put("charts", skipped ? List.of() : section.charts().stream().map(this::chart).toList());
            chapters.add(chapter);
        }
        return chapters;
    }

    private Map<String, Object> figures(List<Figure> figures) {
        TableData table = new TableData(l10n.text("report.keyFigures"))
                .column(l10n.text("report.column.figure"), false)
                .column(l10n.text("report.column.value"), true);
        for (Figure figure : figures) {
            table.row(figure.key(), "", List.of(l10n.text(figure.labelKey()), l10n.value(figure.value())));
        }
        return l10n.build(table);
    }

    private Map<String, Object> table(Table source) {
        TableData table = new TableData(l10n.text(source.titleKey()));
        for (int c = 0; c < source.columns().size(); c++) {
            Column column = source.columns().get(c);
            table.column(l10n.text(column.labelKey()), isNumericColumn(source, c));
        }
        int listed = Math.min(source.rows().size(), model.settings().tableRowsListed());
        for (List<Value> row : source.rows().subList(0, listed)) {
            table.row("", "", row.stream().map(l10n::value).toList());
        }
        if (source.showsEmptyNote()) {
            table.emptyNote(l10n.text(source.emptyNoteKey()));
        }
        if (listed < source.rows().size()) {
            table.moreRows(l10n.text("report.table.more", l10n.count(source.rows().size() - listed)));
        }
        Map<String, Object> built = l10n.build(table);
        built.put("key", source.key());
        return built;
    }

    private Map<String, Object> chart(Chart source) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("key", source.key());
        chart.put("kind", source.kind().name().toLowerCase(Locale.ROOT));
        chart.put("title", charts.title(source));
        chart.put("alt", charts.altText(source));
        chart.put("svg", charts.svg(source));
        return chart;
    }

    /** A column is numeric when every value in it that can be computed is a number. */
    static boolean isNumericColumn(Table table, int column) {
        boolean any = false;
        for (List<Value> row : table.rows()) {
            Value v = row.get(column);
            if (v instanceof Value.NotAvailable) {
                continue;
            }
            if (!Localized.isNumber(v)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private List<Map<String, Object>> contents(List<Map<String, Object>> chapters, String qualityTitle) {
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry("summary", "", l10n.text("report.summary")));
        for (Map<String, Object> chapter : chapters) {
            entries.add(entry((String) chapter.get("id"), (String) chapter.get("number"), (String) chapter.get("title")));
        }
        entries.add(entry(QualityModel.ID, "", l10n.text("report.appendix") + ": " + qualityTitle));
        return entries;
    }

    private static Map<String, Object> entry(String id, String number, String title) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("number", number);
        entry.put("title", title);
        entry.put("bookmark", number.isEmpty() ? title : number + " " + title);
        return entry;
    }
}
