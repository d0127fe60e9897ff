package org.salesaudit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesaudit.render.Messages;
import org.salesaudit.render.ValueFormatter;
import org.salesaudit.report.Axis;
import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.SampleReports;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartSvgTest {

    private static final Pattern COORDINATE_ATTRIBUTE =
            Pattern.compile("\\s(x|y|x1|y1|x2|y2|cx|cy|r|width|height|d|transform|viewBox)=\"([^\"]*)\"");

    static ChartSvg charts(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new ChartSvg(Messages.forLocale(locale), new ValueFormatter(locale), SampleReports.USD);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyKindIsWellFormedSvgWithItsTextAlternative(ChartKind kind) throws Exception {
        Chart chart = ChartFixtures.all().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
        String svg = charts("en").svg(chart);
        Document dom = parse(svg);
        assertEquals("svg", dom.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", dom.getDocumentElement().getNamespaceURI());
        String alt = "Chart data: " + chart.altTextArgs().get(0);
        assertEquals(alt, dom.getDocumentElement().getAttribute("alt"));
        assertEquals(alt, dom.getDocumentElement().getAttribute("aria-label"));
        assertEquals(alt, text(dom, "/*[local-name()='svg']/*[local-name()='title']"));
        assertEquals("Noto Sans", dom.getDocumentElement().getAttribute("font-family"));
        assertFalse(svg.contains("<script") || svg.contains("href"), "no scripts, no references");
    }

    @Test
    void barChartHasMoneyTicksLegendDashedSeriesAndErrorBar() throws Exception {
        String svg = charts("en").svg(ChartFixtures.bar());
        List<String> texts = texts(parse(svg));
        assertTrue(texts.containsAll(List.of("$0", "$100,000", "$400,000", "$500,000")), texts.toString());
        assertTrue(texts.containsAll(List.of("Value", "Weighted value", "Stage", "Discovery call", "Product trial")),
                texts.toString());
        assertTrue(svg.contains("stroke-dasharray"), "the weighted series is dashed");
        assertEquals(4, count(svg, "<rect") - 2, "four solid bars besides the background and the legend swatch");
    }

    @Test
    void lineChartTicksDatesByMonthAndShadesTheForecastInterval() throws Exception {
        String svg = charts("en").svg(ChartFixtures.line());
        List<String> texts = texts(parse(svg));
        assertTrue(texts.containsAll(List.of("Jan 2026", "Mar 2026", "Jan 2027", "$150,000")), texts.toString());
        assertTrue(svg.contains("fill-opacity=\"0.18\""), "the interval is a shaded band");
        assertTrue(svg.contains("stroke-dasharray"), "the forecast is dashed");
    }

    @Test
    void periodsAtPositionsAreTickedWithTheirLabelsNotTheirIndexes() throws Exception {
        List<org.salesaudit.report.ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            points.add(new org.salesaudit.report.ChartPoint(org.salesaudit.report.Label.literal(
                    java.time.YearMonth.of(2025, 1).plusMonths(i).toString()), BigDecimal.valueOf(i),
                    BigDecimal.valueOf(100 + i), null, null));
        }
        Chart chart = new Chart("t.chart", "chart.forecast.forward.title", ChartKind.LINE,
                new Axis("chart.forecast.axis.month", AxisScale.CATEGORY),
                new Axis("chart.forecast.axis.bookings", AxisScale.MONEY),
                List.of(new ChartSeries(org.salesaudit.report.Label.literal("Actual"), points, false)),
                "chart.forecast.forward.alt", List.of("24", "0"));
        List<String> texts = texts(parse(charts("en").svg(chart)));
        assertTrue(texts.containsAll(List.of("2025-01", "2025-11", "2026-09")), texts.toString());
        assertFalse(texts.contains("10") || texts.contains("20"), "no month indexes under the axis: " + texts);
    }

    @Test
    void scatterPointsAreLabelledAndDataTextIsEscaped() throws Exception {
        String svg = charts("en").svg(ChartFixtures.scatter());
        List<String> texts = texts(parse(svg));
        assertTrue(texts.containsAll(List.of("Maria Lopez", "Ivan Petrov", ChartFixtures.HOSTILE_NAME)), texts.toString());
        assertTrue(texts.containsAll(List.of("100%", "Attainment", "Quota")), texts.toString());
        assertFalse(svg.contains("<b>"), "a name from the data is text, not markup");
        assertEquals(4, count(svg, "<circle"));
    }

    @Test
    void funnelShowsEachStepWithItsShareOfTheFirst() throws Exception {
        List<String> texts = texts(parse(charts("en").svg(ChartFixtures.funnel())));
        assertTrue(texts.containsAll(List.of("Leads", "Won", "1,200 (100.0%)", "540 (45.0%)", "64 (5.3%)")),
                texts.toString());
        assertTrue(charts("en").svg(ChartFixtures.funnel()).contains("height=\"160\""), "four steps need 160 px");
    }

    @Test
    void stepChartDrawsHorizontalThenVerticalSegments() throws Exception {
        String svg = charts("en").svg(ChartFixtures.step());
        assertTrue(Pattern.compile("d=\"M[0-9. ]+ H[0-9.]+ V[0-9.]+ H").matcher(svg).find(), svg);
        List<String> texts = texts(parse(svg));
        assertTrue(texts.containsAll(List.of("0", "50", "100", "150", "100%", "0%")), texts.toString());
    }

    @Test
    void coordinatesUseADotInEveryLanguageAndUnderAnyDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pl"));
            for (String language : List.of("en", "ko", "ar", "pl", "ru")) {
                for (Chart chart : ChartFixtures.all()) {
                    Matcher m = COORDINATE_ATTRIBUTE.matcher(charts(language).svg(chart));
                    int found = 0;
                    while (m.find()) {
                        assertTrue(m.group(2).matches("[-0-9. MLHVZhvrotate()]*"), language + " " + m.group());
                        found++;
                    }
                    assertTrue(found > 10, "coordinates in " + chart.key());
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void ticksAreFormattedForTheLanguage() throws Exception {
        List<String> polish = texts(parse(charts("pl").svg(ChartFixtures.bar())));
        assertTrue(polish.contains("100\u00a0000\u00a0USD"), polish.toString());
        List<String> korean = texts(parse(charts("ko").svg(ChartFixtures.line())));
        assertTrue(korean.contains("2026년 1월"), korean.toString());
        assertEquals("NanumGothic", parse(charts("ko").svg(ChartFixtures.line())).getDocumentElement().getAttribute("font-family"));
    }

    @Test
    void sameChartGivesTheSameSvg() {
        for (Chart chart : ChartFixtures.all()) {
            assertEquals(charts("ar").svg(chart), charts("ar").svg(chart));
        }
    }

    @Test
    void emptyAndFlatChartsStillDrawAxes() throws Exception {
        Chart empty = new Chart("e", "section.pipeline.title", ChartKind.LINE, new Axis("", AxisScale.NUMBER),
                new Axis("", AxisScale.NUMBER), List.of(), "chart.data", List.of("nothing"));
        parse(charts("en").svg(empty));
        Chart flat = new Chart("f", "section.pipeline.title", ChartKind.BAR, new Axis("", AxisScale.CATEGORY),
                new Axis("", AxisScale.MONEY), List.of(new ChartSeries(org.salesaudit.report.Label.literal("s"),
                        List.of(org.salesaudit.report.ChartPoint.category(org.salesaudit.report.Label.literal("a"),
                                BigDecimal.ZERO)), false)), "chart.data", List.of("flat"));
        assertTrue(texts(parse(charts("en").svg(flat))).containsAll(List.of("$0.00", "$1.00")));
        Chart noSteps = new Chart("g", "section.pipeline.title", ChartKind.FUNNEL, new Axis("", AxisScale.CATEGORY),
                new Axis("", AxisScale.NUMBER), List.of(), "chart.data", List.of("none"));
        parse(charts("en").svg(noSteps));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static String text(Document dom, String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, dom, XPathConstants.STRING);
    }

    private static List<String> texts(Document dom) {
        NodeList nodes = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
