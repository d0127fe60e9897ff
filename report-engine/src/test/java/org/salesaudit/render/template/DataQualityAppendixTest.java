package org.salesaudit.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesaudit.render.template.ReportDocumentTest.count;
import static org.salesaudit.render.template.ReportDocumentTest.parse;
import static org.salesaudit.render.template.ReportDocumentTest.xpath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.ReportSettings;
import org.w3c.dom.Document;

/** The appendix groups problems by kind, counts each kind and lists only its first problems. */
class DataQualityAppendixTest {

    private final ReportDocument document = new ReportDocument();

    /** 1,234 repaired amounts, 3 rows left out for a missing id, 2 unknown stages. */
    private static List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (int row = 2; row < 2 + 1234; row++) {
            problems.add(Problem.warning("amount.text", new CellLocation("crm.xlsx", "Deals", "F" + row, "Amount"),
                    "a number", "$" + row, "read as " + row));
            if (row % 500 == 0) {
                problems.add(Problem.error("value.missing", new CellLocation("crm.xlsx", "Deals", "A" + row, "Deal ID"),
                        "a value", "", "row left out"));
            }
        }
        problems.add(Problem.warning("deal.unknown_stage", new CellLocation("crm.xlsx", "Deals", "E9", "Stage"),
                "a stage of the stage table", "Negotiation", "kept"));
        problems.add(Problem.warning("deal.unknown_stage", new CellLocation("crm.xlsx", "Deals", "E12", "Stage"),
                "a stage of the stage table", "Demo", "kept"));
        return problems;
    }

    private static ReportModel model(int listedPerKind) {
        ReportModel base = TestReports.clean();
        return new ReportModel(base.generator(), base.asOf(), base.currency(), base.inputs(), base.sections(),
                problems(), new ReportSettings(listedPerKind, ReportSettings.DEFAULT_TABLE_ROWS_LISTED));
    }

    @Test
    void listsTheFirstProblemsOfEachKindAndCountsTheRest() throws Exception {
        Document dom = parse(document.xhtml(model(20), Locale.ENGLISH, Medium.PRINT));

        String kinds = "//table[@class='problem-kinds']/tbody/tr";
        assertEquals(3.0, count(dom, kinds));
        assertEquals("value.missing", xpath(dom, kinds + "[1]/td[2]"), "errors first");
        assertEquals("amount.text", xpath(dom, kinds + "[2]/td[2]"), "then the most frequent");
        assertEquals("1,234", xpath(dom, kinds + "[2]/td[3]"));
        assertEquals("20", xpath(dom, kinds + "[2]/td[4]"));
        assertEquals("2", xpath(dom, kinds + "[3]/td[4]"));

        String rows = "//table[@class='problems']/tbody/tr";
        assertEquals(2.0 + 20 + 1 + 2, count(dom, rows));
        assertEquals("crm.xlsx, sheet Deals, cell A500 (Deal ID)", xpath(dom, rows + "[1]/td[2]"));
        assertEquals("crm.xlsx, sheet Deals, cell F2 (Amount)", xpath(dom, rows + "[3]/td[2]"));
        assertEquals("crm.xlsx, sheet Deals, cell F21 (Amount)", xpath(dom, rows + "[22]/td[2]"));
        assertEquals("\u2026 and 1,214 more of kind amount.text (all in results.json and the XLSX)",
                xpath(dom, "//table[@class='problems']//tr[@data-key='amount.text.more']/td[2]"));
        assertEquals(1.0, count(dom, "//tr[contains(@data-key, '.more')]"));
        assertEquals("Only the first 20 problems of each kind are listed here; results.json and the XLSX workbook"
                + " list them all.", xpath(dom, "//div[@id='data-quality']/p[@class='listed']"));
    }

    @Test
    void theNumberListedIsASetting() throws Exception {
        Document dom = parse(document.xhtml(model(1), Locale.forLanguageTag("pl"), Medium.SCREEN));

        assertEquals(3.0 + 3, count(dom, "//table[@class='problems']/tbody/tr"));
        assertEquals("\u2026ijeszcze1233rodzajuamount.text(wszystkiewresults.jsoniwplikuXLSX)",
                xpath(dom, "//tr[@data-key='amount.text.more']/td[2]").replaceAll("[\\s\u00A0\u202F]", ""));
    }

    @Test
    void nothingIsLeftOutWhenEveryKindFits() throws Exception {
        Document dom = parse(document.xhtml(model(10_000), Locale.ENGLISH, Medium.PRINT));

        assertEquals(1234.0 + 2 + 2, count(dom, "//table[@class='problems']/tbody/tr"));
        assertEquals(0.0, count(dom, "//tr[contains(@data-key, '.more')] | //p[@class='listed']"));
    }
}
