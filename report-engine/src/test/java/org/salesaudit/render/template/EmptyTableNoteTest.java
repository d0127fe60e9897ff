package org.salesaudit.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesaudit.report.SampleReports;
import org.w3c.dom.Document;

/** A table without rows that has a sentence saying why shows the sentence instead of an empty grid. */
class EmptyTableNoteTest {

    @ParameterizedTest
    @EnumSource(Medium.class)
    void anExplainedEmptyTableShowsItsCaptionAndTheSentence(Medium medium) throws Exception {
        Document dom = ReportDocumentTest.parse(new ReportDocument().xhtml(SampleReports.withEmptyTables(), Locale.ENGLISH, medium));
        String explained = "//div[@class='empty-table'][@data-key='forecast.quota_attainment']";
        assertEquals("Quota attainment ranges by rep", ReportDocumentTest.xpath(dom, explained + "/p[@class='caption']"));
        assertEquals("No rep has a quota for a period that ends within the forecast horizon: add the coming "
                + "periods to the Quotas sheet to see the range of each rep.",
                ReportDocumentTest.xpath(dom, explained + "/p[@class='empty-note']"));
        assertEquals(0.0, ReportDocumentTest.count(dom, "//table[@data-key='forecast.quota_attainment']"));
        // a table without a sentence keeps its grid with one dash row (tagged PDF needs a body row)
        assertEquals(1.0, ReportDocumentTest.count(dom, "//table[@data-key='forecast.stale_deals']/tbody/tr"));
    }

    @ParameterizedTest
    @EnumSource(Medium.class)
    void theSentenceIsInTheReportsLanguage(Medium medium) throws Exception {
        Document dom = ReportDocumentTest.parse(new ReportDocument().xhtml(SampleReports.withEmptyTables(),
                Locale.forLanguageTag("pl"), medium));
        assertEquals("Żaden handlowiec nie ma planu na okres kończący się w horyzoncie prognozy: dodaj kolejne "
                + "okresy do arkusza Quotas, aby zobaczyć zakres każdego z nich.",
                ReportDocumentTest.xpath(dom, "//div[@data-key='forecast.quota_attainment']/p[@class='empty-note']"));
    }
}
