package org.salesaudit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CheckReportWriterTest {

    @TempDir
    Path dir;

    private CheckReport report() throws Exception {
        Path results = Files.writeString(dir.resolve("results.json"),
                "{ \"schema_version\" : 1, \"figures\" : { \"data_quality.problems\" : 8, \"audit.win_rate\" : 0.5 } }");
        return new FigureCheck(false).check(ResultsFigures.read(results), List.of(
                FigureRule.maxDataProblems(3),
                FigureRule.of(2, "audit.win_rate", new BigDecimal("0.25"), null),
                FigureRule.minForecastAccuracy(new BigDecimal("0.75"))));
    }

    @Test
    void junitXmlHasOneTestCasePerRuleWithTheFailureMessage() throws Exception {
        Path out = dir.resolve("salesaudit");

        List<Path> files = new CheckReportWriter().write(report(), out);

        assertEquals(List.of(out.resolve(CheckReportWriter.JUNIT_FILE), out.resolve(CheckReportWriter.SUMMARY_FILE)),
                files);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve(CheckReportWriter.JUNIT_FILE).toFile());
        XPath x = XPathFactory.newInstance().newXPath();
        assertEquals("3", x.evaluate("/testsuite/@tests", xml));
        assertEquals("1", x.evaluate("/testsuite/@failures", xml));
        assertEquals("1", x.evaluate("/testsuite/@skipped", xml));
        assertEquals("3", x.evaluate("count(/testsuite/testcase)", xml));
        assertEquals("maxDataProblems: data_quality.problems is 8, above the maximum 3",
                x.evaluate("/testsuite/testcase[failure]/failure/@message", xml));
        assertEquals("maxDataProblems (data_quality.problems at most 3)",
                x.evaluate("/testsuite/testcase[failure]/@name", xml));
        assertEquals("minForecastAccuracy (forecast.accuracy at least 0.75)",
                x.evaluate("/testsuite/testcase[skipped]/@name", xml));
    }

    @Test
    void jsonSummaryListsEveryRuleWithValueAndStatus() throws Exception {
        Path out = dir.resolve("salesaudit");

        new CheckReportWriter().write(report(), out);

        JsonNode summary = new ObjectMapper().readTree(out.resolve(CheckReportWriter.SUMMARY_FILE).toFile());
        assertEquals(false, summary.get("passed").booleanValue());
        assertEquals(3, summary.get("rules").intValue());
        assertEquals(1, summary.get("failed").intValue());
        assertEquals(1, summary.get("skipped").intValue());
        JsonNode first = summary.get("results").get(0);
        assertEquals("maxDataProblems", first.get("rule").textValue());
        assertEquals("data_quality.problems", first.get("key").textValue());
        assertEquals(8, first.get("value").intValue());
        assertEquals(3, first.get("max").intValue());
        assertEquals("failed", first.get("status").textValue());
        assertEquals("passed", summary.get("results").get(1).get("status").textValue());
        assertEquals("skipped", summary.get("results").get(2).get("status").textValue());
        assertEquals(true, summary.get("results").get(2).get("value").isNull());
    }
}
