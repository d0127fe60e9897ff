package org.salesaudit.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.salesaudit.render.chart.ChartFixtures;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Charts in the XHTML: after a chapter's figures, a title as text and the SVG inline, in both media. */
class ChartDocumentTest {

    private final ReportDocument document = new ReportDocument();

    @Test
    void everyChartIsInItsChapterWithTitleAndAlternativeText() throws Exception {
        Document dom = parse(document.xhtml(ChartFixtures.report(), Locale.ENGLISH, Medium.PRINT));
        assertEquals(5.0, number(dom, "count(//div[@class='chart'])"));
        assertEquals(3.0, number(dom, "count(//div[@data-key='pipeline']/div[@class='chart'])"));
        String bar = "//div[@class='chart'][@data-key='test.pipeline.chart']";
        assertEquals("Open pipeline by stage", string(dom, bar + "/p[@class='chart-title']"));
        assertEquals("Chart data: open pipeline by stage", string(dom, bar + "/svg/@alt"));
        assertEquals("bar", string(dom, bar + "/svg/@data-kind"));
        // the chart comes after the figures and before the tables of its chapter
        assertEquals(1.0, number(dom, "count(//div[@data-key='pipeline']/table[@class='figures']"
                + "/following-sibling::div[@class='chart'][1][following-sibling::table[@data-key='audit.pipeline.by_stage']])"));
    }

    @Test
    void theHtmlPageInlinesTheSameSvg() throws Exception {
        String html = document.xhtml(ChartFixtures.report(), Locale.forLanguageTag("ko"), Medium.SCREEN);
        assertEquals(5, html.split("<svg xmlns=\"http://www.w3.org/2000/svg\"", -1).length - 1);
        assertTrue(html.contains("font-family=\"NanumGothic\""), "a Korean chart uses the Korean font");
        assertTrue(html.contains("max-width: 100%"), "charts scale down on narrow screens");
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    private static String string(Document dom, String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, dom, XPathConstants.STRING);
    }

    private static double number(Document dom, String xpath) throws Exception {
        return (Double) XPathFactory.newInstance().newXPath().evaluate(xpath, dom, XPathConstants.NUMBER);
    }
}
