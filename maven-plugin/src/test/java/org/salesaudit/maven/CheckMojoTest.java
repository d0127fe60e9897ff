package org.salesaudit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.check.CheckReportWriter;

class CheckMojoTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();
    private CheckMojo mojo;

    @BeforeEach
    void results() throws Exception {
        Path results = Files.writeString(dir.resolve("results.json"), "{ \"schema_version\" : 1, \"figures\" : "
                + "{ \"data_quality.problems\" : 8, \"data_quality.unmapped_columns\" : 7, \"audit.win_rate\" : 0.328979 } }");
        mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.resultsFile = results.toFile();
        mojo.outputDirectory = dir.resolve("salesaudit").toFile();
        mojo.failOnMissingKey = true;
        mojo.haltOnFailure = true;
    }

    private static Rule rule(String key, String min, String max) {
        Rule r = new Rule();
        r.key = key;
        r.min = min;
        r.max = max;
        return r;
    }

    @Test
    void passingRulesLogEachFigureAndWriteTheCiReports() throws Exception {
        mojo.maxDataProblems = 8L;
        mojo.maxUnmappedColumns = 7L;
        mojo.rules = List.of(rule("audit.win_rate", "0.3", null));

        mojo.execute();

        assertEquals(1, log.count("INFO salesaudit: passed: maxDataProblems: data_quality.problems is 8, at most 8"));
        assertEquals(1, log.count("3 rules: 3 passed, 0 failed, 0 skipped"));
        assertTrue(Files.isRegularFile(dir.resolve("salesaudit").resolve(CheckReportWriter.JUNIT_FILE)));
        assertTrue(Files.readString(dir.resolve("salesaudit").resolve(CheckReportWriter.SUMMARY_FILE))
                .contains("\"passed\" : true"));
    }

    @Test
    void aFailedRuleFailsTheBuildNamingRuleFigureAndValue() throws Exception {
        mojo.maxDataProblems = 0L;

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("maxDataProblems: data_quality.problems is 8, above the maximum 0"),
                e.getMessage());
        assertTrue(Files.readString(dir.resolve("salesaudit").resolve(CheckReportWriter.SUMMARY_FILE))
                .contains("\"failed\" : 1"), "the CI reports are written before the build fails");
    }

    @Test
    void withoutHaltingAFailedRuleIsAWarning() throws Exception {
        mojo.maxDataProblems = 0L;
        mojo.haltOnFailure = false;

        mojo.execute();

        assertEquals(1, log.count("WARN salesaudit: FAILED: maxDataProblems"));
        assertEquals(1, log.count("haltOnFailure is false"));
    }

    @Test
    void aRuleOnAnAbsentFigureFailsUnlessAllowed() throws Exception {
        mojo.maxStaleDealShare = "0.2";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("results.json has no figure audit.pipeline_health.stale_share"), e.getMessage());

        mojo.failOnMissingKey = false;
        mojo.execute();
        assertEquals(1, log.count("WARN salesaudit: skipped: maxStaleDealShare"));
    }

    @Test
    void misconfiguredRulesAreRefusedClearly() {
        assertTrue(assertThrows(MojoFailureException.class, mojo::execute).getMessage()
                .startsWith("salesaudit: check has no rules"));

        mojo.minForecastAccuracy = "75";
        assertEquals("salesaudit: minForecastAccuracy is 75: expected a ratio from 0 to 1 (0.75 means 75 %)",
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());

        mojo.minForecastAccuracy = null;
        mojo.rules = List.of(rule("audit.win_rate", "a quarter", null));
        assertEquals("salesaudit: rule 1 (audit.win_rate) <min> 'a quarter' is not a number (write e.g. 0.25 or 10)",
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());
        assertFalse(Files.exists(dir.resolve("salesaudit")), "nothing is written for a bad configuration");
    }

    @Test
    void aMissingResultsFileIsAnExecutionErrorNamingIt() {
        mojo.maxDataProblems = 0L;
        mojo.resultsFile = dir.resolve("target/salesaudit/results.json").toFile();

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().contains("results.json") && e.getMessage().contains("run the audit first"),
                e.getMessage());
    }

    @Test
    void byDefaultTheResultsOfTheOutputDirectoryAreChecked() throws Exception {
        Path out = Files.createDirectories(dir.resolve("salesaudit"));
        Files.copy(dir.resolve("results.json"), out.resolve("results.json"));
        mojo.resultsFile = null;
        mojo.maxUnmappedColumns = 7L;

        mojo.execute();

        assertEquals(1, log.count("salesaudit: check of " + out.resolve("results.json") + ": 1 rule: 1 passed"));
    }

    @Test
    void skipLogsOnceAndDoesNothing() throws Exception {
        mojo.skip = true;

        mojo.execute();

        assertEquals(List.of("INFO salesaudit:check skipped (skip is true, e.g. from -Dsalesaudit.skip)"), log.lines);
        assertFalse(Files.exists(dir.resolve("salesaudit")));
    }
}
