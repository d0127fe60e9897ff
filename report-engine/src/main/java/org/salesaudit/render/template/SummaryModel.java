package org.salesaudit.render.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesaudit.report.Figure;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;

/** The summary chapter: a card for the headline figure of each section, and the status of every section. */
final class SummaryModel {

    static final int KEY_FIGURES_PER_ROW = 3;

    private final ReportModel model;
    private final Localized l10n;

    SummaryModel(ReportModel model, Localized l10n) {
        this.model = model;
        this.l10n = l10n;
    }

    /** The first numeric figure of each produced section as cards, {@value #KEY_FIGURES_PER_ROW} to a row. */
    List<List<Map<String, Object>>> keyFigureRows() {
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Section section : model.producedSections()) {
            Figure figure = headline(section);
            if (figure != null) {
                cards.add(card(section, figure));
            }
        }
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (int i = 0; i < cards.size(); i += KEY_FIGURES_PER_ROW) {
            List<Map<String, Object>> row =
                    new ArrayList<>(cards.subList(i, Math.min(cards.size(), i + KEY_FIGURES_PER_ROW)));
            while (row.size() < KEY_FIGURES_PER_ROW) {
                row.add(Map.of("empty", true));
            }
            rows.add(TableData.ordered(row, l10n.mirrorTables()));
        }
        return rows;
    }

    private Map<String, Object> card(Section section, Figure figure) {
        Map<String, Object> card = new LinkedHashMap<>();
        String value = l10n.value(figure.value());
        card.put("empty", false);
        card.put("key", figure.key());
        card.put("section", l10n.text(section.titleKey()));
        card.put("label", l10n.text(figure.labelKey()));
        card.put("value", value);
        card.put("ltr", BidiText.needsLeftToRight(value, l10n.rightToLeft()));
        return card;
    }

    /** @return the first figure of the section that is a number, or null */
    static Figure headline(Section section) {
        for (Figure figure : section.figures()) {
            if (Localized.isNumber(figure.value())) {
                return figure;
            }
        }
        return null;
    }

    /** Every section with its number, and "Included" or why it was skipped. */
    Map<String, Object> status() {
        TableData table = new TableData(l10n.text("report.sections"))
                .column(l10n.text("report.column.section"), false)
                .column(l10n.text("report.column.status"), false);
        int number = 0;
        for (SectionOutcome outcome : model.sections()) {
            number++;
            String title = number + "\u2002" + l10n.text(outcome.titleKey());
            if (outcome instanceof Skipped skipped) {
                table.row(outcome.id(), "skipped-row", List.of(title, l10n.skipReason(skipped)));
            } else {
                table.row(outcome.id(), "", List.of(title, l10n.text("report.status.included")));
            }
        }
        return l10n.build(table);
    }
}
