package org.salesaudit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureCheckTest {

    @TempDir
    Path dir;

    private ResultsFigures results(String figures) throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, "{\n  \"schema_version\" : 1,\n  \"figures\" : {" + figures + "}\n}\n");
        return ResultsFigures.read(file);
    }

    private static RuleResult only(CheckReport report) {
        assertEquals(1, report.results().size());
        return report.results().get(0);
    }

    @Test
    void aCountAboveItsMaximumFailsNamingRuleKeyValueAndBound() throws Exception {
        ResultsFigures figures = results("\"data_quality.problems\" : 8");

        RuleResult r = only(new FigureCheck(true).check(figures, List.of(FigureRule.maxDataProblems(0))));

        assertEquals(RuleStatus.FAILED, r.status());
        assertEquals("maxDataProblems: data_quality.problems is 8, above the maximum 0", r.message());
        assertEquals(new BigDecimal("8"), r.value().orElseThrow());
    }

    @Test
    void boundsAreInclusive() throws Exception {
        ResultsFigures figures = results("\"data_quality.problems\" : 8, \"audit.win_rate\" : 0.312500");

        CheckReport report = new FigureCheck(true).check(figures, List.of(FigureRule.maxDataProblems(8),
                FigureRule.of(1, "audit.win_rate", new BigDecimal("0.3125"), new BigDecimal("0.3125"))));

        assertTrue(report.passed(), report.results().toString());
        assertEquals("2 rules: 2 passed, 0 failed, 0 skipped", report.summary());
    }

    @Test
    void aRatioBelowItsMinimumFails() throws Exception {
        ResultsFigures figures = results("\"audit.win_rate\" : 0.250000");

        RuleResult r = only(new FigureCheck(true).check(figures,
                List.of(FigureRule.of(1, " audit.win_rate ", new BigDecimal("0.3"), null))));

        assertEquals(RuleStatus.FAILED, r.status());
        assertEquals("rule audit.win_rate: audit.win_rate is 0.250000, below the minimum 0.3", r.message());
    }

    @Test
    void anAbsentKeyFailsUnlessMissingKeysAreAllowed() throws Exception {
        ResultsFigures figures = results("\"data_quality.problems\" : 0");
        List<FigureRule> rules = List.of(FigureRule.minForecastAccuracy(new BigDecimal("0.75")),
                FigureRule.maxStaleDealShare(new BigDecimal("0.1")));

        CheckReport strict = new FigureCheck(true).check(figures, rules);
        CheckReport lenient = new FigureCheck(false).check(figures, rules);

        assertFalse(strict.passed());
        assertTrue(strict.results().get(0).message().startsWith(
                "minForecastAccuracy: results.json has no figure forecast.accuracy"), strict.results().get(0).message());
        assertTrue(strict.results().get(1).message().contains("audit.pipeline_health.stale_share"));
        assertTrue(lenient.passed());
        assertEquals(2, lenient.withStatus(RuleStatus.SKIPPED).size());
    }

    @Test
    void aFigureWithoutValueCountsAsMissing() throws Exception {
        ResultsFigures figures = results("\"audit.win_rate\" : null");
        FigureRule rule = FigureRule.of(1, "audit.win_rate", BigDecimal.ZERO, null);

        RuleResult strict = only(new FigureCheck(true).check(figures, List.of(rule)));
        RuleResult lenient = only(new FigureCheck(false).check(figures, List.of(rule)));

        assertEquals(RuleStatus.FAILED, strict.status());
        assertTrue(strict.message().contains("has no value"), strict.message());
        assertEquals(RuleStatus.SKIPPED, lenient.status());
    }

    @Test
    void aDateFigureCannotBeBounded() throws Exception {
        ResultsFigures figures = results("\"audit.window_start\" : \"2025-11-01\"");

        RuleResult r = only(new FigureCheck(false).check(figures,
                List.of(FigureRule.of(1, "audit.window_start", BigDecimal.ONE, null))));

        assertEquals(RuleStatus.FAILED, r.status());
        assertTrue(r.message().contains("\"2025-11-01\", not a number"), r.message());
    }

    @Test
    void badRulesAreRefusedWithAClearMessage() {
        assertEquals("rule 2 has no <key>: name a figure of results.json, e.g. <key>audit.win_rate</key> "
                + "(docs/results-json.md lists them)",
                assertThrows(InvalidRuleException.class, () -> FigureRule.of(2, " ", BigDecimal.ONE, null)).getMessage());
        assertEquals("rule audit.win_rate has neither <min> nor <max>: give at least one bound",
                assertThrows(InvalidRuleException.class, () -> FigureRule.of(1, "audit.win_rate", null, null)).getMessage());
        assertEquals("rule audit.win_rate has <min> 0.5 above <max> 0.4: no value can pass",
                assertThrows(InvalidRuleException.class, () -> FigureRule.of(1, "audit.win_rate",
                        new BigDecimal("0.5"), new BigDecimal("0.4"))).getMessage());
        assertEquals("minForecastAccuracy is 75: expected a ratio from 0 to 1 (0.75 means 75 %)",
                assertThrows(InvalidRuleException.class,
                        () -> FigureRule.minForecastAccuracy(new BigDecimal("75"))).getMessage());
        assertEquals("maxDataProblems is -1: a count cannot be negative (0 allows none)",
                assertThrows(InvalidRuleException.class, () -> FigureRule.maxDataProblems(-1)).getMessage());
    }

    @Test
    void boundsAreReadAsTypedOrRefusedNamingTheBound() throws Exception {
        assertEquals(new BigDecimal("0.25"), FigureRule.number("minForecastAccuracy", " 0.25 "));
        assertEquals(null, FigureRule.number("minForecastAccuracy", " "));
        assertEquals("rule 1 (audit.win_rate) <min> '25 %' is not a number (write e.g. 0.25 or 10)",
                assertThrows(InvalidRuleException.class,
                        () -> FigureRule.number("rule 1 (audit.win_rate) <min>", "25 %")).getMessage());
    }

    @Test
    void unreadableResultsNameTheFile() throws Exception {
        Path missing = dir.resolve("nothing/results.json");
        IOException e = assertThrows(IOException.class, () -> ResultsFigures.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("run the audit first"),
                e.getMessage());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"schema_version\" : 1, ");
        e = assertThrows(IOException.class, () -> ResultsFigures.read(broken));
        assertTrue(e.getMessage().startsWith(broken + " is not valid JSON"), e.getMessage());

        Path newer = Files.writeString(dir.resolve("newer.json"), "{ \"schema_version\" : 99, \"figures\" : {} }");
        e = assertThrows(IOException.class, () -> ResultsFigures.read(newer));
        assertTrue(e.getMessage().contains("schema_version 99"), e.getMessage());

        Path noFigures = Files.writeString(dir.resolve("other.json"), "{ \"schema_version\" : 1 }");
        e = assertThrows(IOException.class, () -> ResultsFigures.read(noFigures));
        assertTrue(e.getMessage().contains("no \"figures\" object"), e.getMessage());
    }
}
