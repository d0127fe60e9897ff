package org.salesaudit.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.salesaudit.report.SampleReports;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportDocumentTest {

    private final ReportDocument document = new ReportDocument();

    @Test
    void printDocumentIsWellFormedXhtmlWithTheReportContent() throws Exception {
        String xhtml = document.xhtml(SampleReports.complete(), Locale.ENGLISH, Medium.PRINT);
        Document dom = parse(xhtml);

        assertEquals("en", xpath(dom, "/html/@lang"));
        assertEquals("ltr", xpath(dom, "/html/@dir"));
        assertEquals("Sales audit", xpath(dom, "/html/head/title"));
        assertEquals("$1,234,567.89",
                xpath(dom, "//tr[@data-key='audit.pipeline_value']/td[@class='num']"));
        assertEquals("31.3%", xpath(dom, "//tr[@data-key='audit.win_rate']/td[@class='num']"));
        assertEquals("Win rate (won / closed)", xpath(dom, "//tr[@data-key='audit.win_rate']/td[@class='text']"));
        assertEquals("Skipped: the input has no Quotas sheet",
                xpath(dom, "//div[@data-key='quota_attainment']/p[@class='skipped']"));
        assertEquals("Data as of Oct 31, 2026", xpath(dom, "//p[@class='as-of']"));
        assertEquals("000000000000\u2026", xpath(dom, "//table[@class='inputs']//td[contains(@class,'hash')]"));
        assertEquals("acme.xlsx, sheet Deals, cell I57 (Amount)",
                xpath(dom, "//table[@class='problems']//tr[@data-key='amount.not_a_number']/td[2]"));
        assertEquals("Errors: 1 (rows left out); warnings: 1 (values repaired or suspicious)",
                xpath(dom, "//div[@id='data-quality']/p[@class='counts']"));
        assertEquals(3.0, count(dom, "//div[@data-key]"));
        assertEquals(5.0, count(dom, "/html/head/bookmarks/bookmark"));
        assertEquals(1.0, count(dom, "//div[@class='running-footer']/span[@class='page-count']"));
        assertTrue(xhtml.contains("counter(pages)"), "the stylesheet is inlined");
    }

    @Test
    void numericColumnsAreMarkedForRightAlignment() throws Exception {
        Document dom = parse(document.xhtml(SampleReports.complete(), Locale.ENGLISH, Medium.PRINT));
        String table = "//table[@data-key='audit.pipeline.by_stage']";
        assertEquals("Open pipeline by stage", xpath(dom, table + "/caption"));
        assertEquals("text", xpath(dom, table + "/thead/tr/th[1]/@class"));
        assertEquals("num", xpath(dom, table + "/thead/tr/th[3]/@class"));
        assertEquals("$1,000.00", xpath(dom, table + "/tbody/tr[1]/td[@class='num'][2]"));
        // a value that cannot be computed sits in a numeric column and is shown as a dash
        assertEquals("\u2013", xpath(dom, table + "/tbody/tr[2]/td[4]"));
    }

    @Test
    void rightToLeftDocumentsReverseTableColumns() throws Exception {
        Locale arabic = Locale.forLanguageTag("ar");
        Document dom = parse(document.xhtml(SampleReports.complete(), arabic, Medium.PRINT));
        assertEquals("rtl", xpath(dom, "/html/@dir"));
        assertEquals("ar", xpath(dom, "/html/@lang"));
        String header = "//table[@data-key='audit.pipeline.by_stage']/thead/tr/th";
        assertEquals("القيمة المرجّحة", xpath(dom, header + "[1]"));
        assertEquals("المرحلة", xpath(dom, header + "[5]"));
        // left-to-right data keeps its direction inside the right-to-left page
        String firstRow = "//table[@data-key='audit.pipeline.by_stage']/tbody/tr[1]";
        assertEquals("Product trial", xpath(dom, firstRow + "/td[5]"));
        assertEquals("text ltr", xpath(dom, firstRow + "/td[5]/@class"));
        assertEquals("num ltr", xpath(dom, firstRow + "/td[1]/@class"), "an amount in US$ reads left to right");
        assertEquals("text severity", xpath(dom, "//table[@class='problems']/thead/tr/th[5]/@class"));
        assertEquals("\u062E\u0637\u0623", xpath(dom, "//table[@class='problems']/tbody/tr[1]/td[5]"),
                "severity, the first column, is the rightmost");
    }

    @Test
    void arabicNumbersUseLatinDigitsUnlessTheLocaleAsksOtherwise() throws Exception {
        Document dom = parse(document.xhtml(SampleReports.complete(), Locale.forLanguageTag("ar"), Medium.PRINT));
        assertEquals("US$\u00A01,234,567.89", xpath(dom, "//tr[@data-key='audit.pipeline_value']/td[1]"));
        Document arabicDigits = parse(document.xhtml(SampleReports.complete(),
                Locale.forLanguageTag("ar-u-nu-arab"), Medium.PRINT));
        assertEquals("\u0661\u066C\u0662\u0663\u0664\u066C\u0665\u0666\u0667\u066B\u0668\u0669\u00A0US$",
                xpath(arabicDigits, "//tr[@data-key='audit.pipeline_value']/td[1]"));
        assertEquals(Locale.forLanguageTag("ko"), Localized.numberLocale(Locale.forLanguageTag("ko"), false));
    }

    @Test
    void browsersMirrorRightToLeftTablesThemselves() throws Exception {
        Document dom = parse(document.xhtml(SampleReports.complete(), Locale.forLanguageTag("ar"), Medium.SCREEN));
        assertEquals("rtl", xpath(dom, "/html/@dir"));
        assertEquals("المرحلة", xpath(dom, "//table[@data-key='audit.pipeline.by_stage']/thead/tr/th[1]"));
    }

    @Test
    void dataIsEscapedNotInterpreted() throws Exception {
        String xhtml = document.xhtml(TestReports.hostile(), Locale.ENGLISH, Medium.PRINT);
        Document dom = parse(xhtml);

        assertFalse(xhtml.contains("<script"), "no script element");
        assertFalse(xhtml.contains("<img"), "no image element");
        assertFalse(xhtml.contains("<b>"), "no markup from data");
        assertTrue(xhtml.contains("&lt;script&gt;"), xhtml);
        assertFalse(xhtml.contains(">49<"), "${7*7} was not evaluated");
        assertEquals(0.0, count(dom, "//script | //img"));
        assertEquals(TestReports.SCRIPT, xpath(dom, "//tr[@data-key='audit.open_deals']/td[2]"));
        assertEquals(TestReports.EXPRESSION, xpath(dom, "//table[@data-key='audit.pipeline.by_stage']/tbody/tr[1]/td[1]"));
        assertEquals(TestReports.DIRECTIVE, xpath(dom, "//table[@data-key='audit.pipeline.by_stage']/tbody/tr[2]/td[1]"));
        assertEquals(TestReports.IMAGE, xpath(dom, "//table[@data-key='audit.pipeline.by_stage']/tbody/tr[3]/td[1]"));
        assertEquals(TestReports.EXPRESSION + ", sheet <b>, cell A1 (&amp;)",
                xpath(dom, "//table[@class='problems']/tbody/tr/td[2]"));
        assertEquals("salesaudit " + TestReports.EXPRESSION, xpath(dom, "/html/head/meta[@name='author']/@content"));
    }

    @Test
    void emptyProblemListSaysSo() throws Exception {
        Document dom = parse(document.xhtml(TestReports.clean(), Locale.ENGLISH, Medium.PRINT));
        assertEquals("No problems were found in the input data.", xpath(dom, "//div[@id='data-quality']/p[@class='none']"));
        assertEquals(0.0, count(dom, "//table[@class='problems']"));
    }

    @Test
    void screenDocumentHasNoPagedMediaElements() throws Exception {
        String html = document.xhtml(SampleReports.complete(), Locale.ENGLISH, Medium.SCREEN);
        Document dom = parse(html);
        assertEquals(0.0, count(dom, "//bookmarks | //*[@class='running-header'] | //*[@class='running-footer']"));
        assertEquals(1.0, count(dom, "//table[@class='problems']"));
        assertTrue(html.contains("sans-serif"), "system font fallbacks for browsers");
    }

    @Test
    void sameInputGivesTheSameDocument() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
            assertEquals(document.xhtml(SampleReports.complete(), locale, Medium.PRINT),
                    new ReportDocument().xhtml(SampleReports.complete(), locale, Medium.PRINT));
        }
    }

    @Test
    void shortHashKeepsTwelveDigits() {
        assertEquals("0123456789ab\u2026", DocumentModel.shortHash("0123456789abcdef"));
        assertEquals("abc", DocumentModel.shortHash("abc"));
    }

    /** Parses with namespaces off, so that XPath can use plain element names. */
    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    static String xpath(Document dom, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList nodes = (NodeList) xpath.evaluate(expression, dom, XPathConstants.NODESET);
        assertEquals(1, nodes.getLength(), "exactly one node for " + expression);
        return nodes.item(0).getTextContent().strip();
    }

    static double count(Document dom, String expression) throws Exception {
        return (Double) XPathFactory.newInstance().newXPath().evaluate("count(" + expression + ")", dom,
                XPathConstants.NUMBER);
    }
}
