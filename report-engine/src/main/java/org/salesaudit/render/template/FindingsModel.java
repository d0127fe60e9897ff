package org.salesaudit.render.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesaudit.report.Finding;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Value;

/** The "Key findings" block of the summary: the ranked findings, each linking to its chapter. */
final class FindingsModel {

    private FindingsModel() {
    }

    static Map<String, Object> build(ReportModel model, Localized l10n) {
        Map<String, String> chapterIds = new LinkedHashMap<>();
        int number = 0;
        for (SectionOutcome outcome : model.sections()) {
            number++;
            chapterIds.putIfAbsent(outcome.id(), DocumentModel.chapterId(number, outcome.id()));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Finding finding : model.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            String[] args = finding.args().stream().map(l10n::value).toArray(String[]::new);
            item.put("section", finding.sectionId());
            item.put("href", chapterIds.getOrDefault(finding.sectionId(), "summary"));
            item.put("text", l10n.text(finding.messageKey(), args));
            String money = finding.moneyAtStake() == null ? ""
                    : l10n.value(new Value.Money(finding.moneyAtStake(), model.currency()));
            item.put("money", money);
            item.put("ltr", BidiText.needsLeftToRight(money, l10n.rightToLeft()));
            items.add(item);
        }
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("title", l10n.text("report.findings"));
        findings.put("none", l10n.text("report.findings.none"));
        findings.put("atStake", l10n.text("report.column.moneyAtStake"));
        findings.put("items", items);
        return findings;
    }
}
