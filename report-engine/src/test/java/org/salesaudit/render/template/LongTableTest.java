package org.salesaudit.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.report.Column;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.ReportSettings;
import org.salesaudit.report.SampleReports;
import org.salesaudit.report.Section;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;
import org.salesaudit.settings.SettingsFile;
import org.w3c.dom.Document;

/**
 * A table longer than {@code report.table_rows_listed} lists its first rows in the PDF and HTML reports and
 * counts the others under it, in the report's language; a table that fits is listed whole.
 */
class LongTableTest {

    private static ReportModel withTables(int longRows, int shortRows, int listed) {
        List<Column> columns = List.of(new Column("deal_id", "column.deal_id"), new Column("amount", "column.amount"));
        Section section = new Section("pipeline_health", "section.pipeline_health.title", List.of(),
                List.of(new Table("audit.pipeline_health.stale", "table.audit.pipeline_health.stale", columns,
                                rows(longRows)),
                        new Table("audit.pipeline_health.pushed", "table.audit.pipeline_health.pushed", columns,
                                rows(shortRows))));
        ReportModel complete = SampleReports.complete();
        return new ReportModel(complete.generator(), complete.asOf(), complete.currency(), complete.inputs(),
                List.of(section), List.of(), new ReportSettings(ReportSettings.DEFAULT_PROBLEMS_LISTED_PER_KIND, listed));
    }

    private static List<List<Value>> rows(int count) {
        List<List<Value>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(new Value.Text(String.format(Locale.ROOT, "D-%05d", i)), SampleReports.money("1000")));
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Medium.class)
    void theFirstRowsAreListedAndTheOthersCounted(Medium medium) throws Exception {
        Document dom = ReportDocumentTest.parse(new ReportDocument().xhtml(withTables(1_234, 50, 50), Locale.ENGLISH,
                medium));
        String stale = "//table[@data-key='audit.pipeline_health.stale']";
        assertEquals(50.0, ReportDocumentTest.count(dom, stale + "/tbody/tr"));
        assertEquals("D-00050", ReportDocumentTest.xpath(dom, "(" + stale + "/tbody/tr)[50]/td[1]")
                .replace("\u2066", "").replace("\u2069", "").strip());
        assertEquals("… rows not listed here: 1,184 (all in results.json and the XLSX)",
                ReportDocumentTest.xpath(dom, stale + "/following-sibling::p[1][@class='more-rows']"));
        // exactly as many rows as listed: the table is whole, nothing is counted under it
        assertEquals(50.0, ReportDocumentTest.count(dom, "//table[@data-key='audit.pipeline_health.pushed']/tbody/tr"));
        assertEquals(1.0, ReportDocumentTest.count(dom, "//p[@class='more-rows']"));
    }

    @ParameterizedTest
    @EnumSource(Medium.class)
    void theCountIsInTheReportsLanguage(Medium medium) throws Exception {
        Document dom = ReportDocumentTest.parse(new ReportDocument().xhtml(withTables(1_234, 1, 10),
                Locale.forLanguageTag("pl"), medium));
        assertEquals("… wiersze pominięte tutaj: 1 224 (wszystkie w results.json i w pliku XLSX)",
                ReportDocumentTest.xpath(dom, "//p[@class='more-rows']").replace('\u00a0', ' ').replace('\u202f', ' '));
    }

    @Test
    void theSettingIsAWholeNumberFromOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "report.table_rows_listed = 200\n");
        assertEquals(200, ReportSettings.from(SettingsFile.read(file)).tableRowsListed());
        assertEquals(ReportSettings.DEFAULT_TABLE_ROWS_LISTED, ReportSettings.from(SettingsFile.defaults()).tableRowsListed());
        Files.writeString(file, "report.table_rows_listed = 0\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportSettings.from(SettingsFile.read(file)));
        assertEquals(true, e.getMessage().contains("report.table_rows_listed"), e.getMessage());
        assertEquals(true, e.getMessage().contains("a whole number from 1 to 100000"), e.getMessage());
    }
}
