package org.salesaudit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.salesaudit.check.CheckReport;
import org.salesaudit.check.CheckReportWriter;
import org.salesaudit.check.FigureCheck;
import org.salesaudit.check.FigureRule;
import org.salesaudit.check.InvalidRuleException;
import org.salesaudit.check.ResultsFigures;
import org.salesaudit.check.RuleResult;
import org.salesaudit.check.RuleStatus;
import org.salesaudit.render.json.ResultsJson;

/**
 * A data gate: checks the figures of results.json (written by the {@code audit} goal) against rules,
 * logs every rule with its figure, writes {@code TEST-salesaudit-check.xml} (JUnit-style, for CI
 * servers) and {@code check-summary.json} into the output directory, and fails the build when a rule
 * fails (unless {@code haltOnFailure} is false). Run it after {@code audit}, e.g. as the second goal of
 * the same execution.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractSalesAuditMojo {

    /** The results.json to check. Default: results.json in {@code outputDirectory}, where the audit goal writes it. */
    @Parameter(property = "salesaudit.resultsFile")
    File resultsFile;

    /** The audit's output directory; TEST-salesaudit-check.xml and check-summary.json are written there. */
    @Parameter(property = "salesaudit.outputDirectory", defaultValue = "${project.build.directory}/salesaudit")
    File outputDirectory;

    /** The most data-quality problems allowed, errors and warnings together ({@code data_quality.problems}). */
    @Parameter(property = "salesaudit.maxDataProblems")
    Long maxDataProblems;

    /**
     * The most columns of recognised sheets that no field uses ({@code data_quality.unmapped_columns}):
     * catches a renamed column before its data silently disappears.
     */
    @Parameter(property = "salesaudit.maxUnmappedColumns")
    Long maxUnmappedColumns;

    /**
     * The lowest forecast accuracy allowed, a ratio from 0 to 1 ({@code forecast.accuracy}: the mean
     * backtest accuracy of the method the forecast trusts).
     */
    @Parameter(property = "salesaudit.minForecastAccuracy")
    String minForecastAccuracy;

    /**
     * The largest share of open deals allowed to be stale, a ratio from 0 to 1
     * ({@code audit.pipeline_health.stale_share}).
     */
    @Parameter(property = "salesaudit.maxStaleDealShare")
    String maxStaleDealShare;

    /**
     * Bounds on any documented figure:
     * {@code <rules><rule><key>audit.win_rate</key><min>0.25</min></rule></rules>}; each rule has a
     * {@code key} and a {@code min}, a {@code max} or both (inclusive).
     */
    @Parameter
    List<Rule> rules;

    /**
     * Whether a rule on a figure that results.json does not have (or has as {@code null}, because the
     * data cannot give it) fails. When false such rules are reported as skipped.
     */
    @Parameter(property = "salesaudit.failOnMissingKey", defaultValue = "true")
    boolean failOnMissingKey;

    /** Whether a failed rule fails the build. When false the failures are logged as warnings only. */
    @Parameter(property = "salesaudit.haltOnFailure", defaultValue = "true")
    boolean haltOnFailure;

    @Override
    String goal() {
        return "check";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<FigureRule> configured = configuredRules();
        Path results = resultsFile != null ? resultsFile.toPath() : outputDirectory.toPath().resolve(ResultsJson.FILE_NAME);
        CheckReport report;
        try {
            report = new FigureCheck(failOnMissingKey).check(ResultsFigures.read(results), configured);
            new CheckReportWriter().write(report, outputDirectory.toPath());
        } catch (IOException e) {
            throw Failures.io(e);
        }
        for (RuleResult r : report.results()) {
            switch (r.status()) {
                case PASSED -> getLog().info("salesaudit: passed: " + r.message());
                case SKIPPED -> getLog().warn("salesaudit: skipped: " + r.message());
                case FAILED -> {
                    if (haltOnFailure) {
                        getLog().error("salesaudit: FAILED: " + r.message());
                    } else {
                        getLog().warn("salesaudit: FAILED: " + r.message());
                    }
                }
            }
        }
        String ciReport = "CI report: " + outputDirectory.toPath().resolve(CheckReportWriter.JUNIT_FILE);
        if (report.passed()) {
            getLog().info("salesaudit: check of " + results + ": " + report.summary() + "; " + ciReport);
            return;
        }
        StringBuilder message = new StringBuilder("salesaudit: data check failed, " + report.summary() + ":");
        report.withStatus(RuleStatus.FAILED)
                .forEach(r -> message.append(System.lineSeparator()).append("  ").append(r.message()));
        message.append(System.lineSeparator()).append(ciReport);
        if (haltOnFailure) {
            throw new MojoFailureException(message.toString());
        }
        getLog().warn(message + System.lineSeparator() + "The build goes on: haltOnFailure is false.");
    }

    private List<FigureRule> configuredRules() throws MojoFailureException {
        List<FigureRule> all = new ArrayList<>();
        try {
            if (maxDataProblems != null) {
                all.add(FigureRule.maxDataProblems(maxDataProblems));
            }
            if (maxUnmappedColumns != null) {
                all.add(FigureRule.maxUnmappedColumns(maxUnmappedColumns));
            }
            if (minForecastAccuracy != null && !minForecastAccuracy.isBlank()) {
                all.add(FigureRule.minForecastAccuracy(FigureRule.number("minForecastAccuracy", minForecastAccuracy)));
            }
            if (maxStaleDealShare != null && !maxStaleDealShare.isBlank()) {
                all.add(FigureRule.maxStaleDealShare(FigureRule.number("maxStaleDealShare", maxStaleDealShare)));
            }
            if (rules != null) {
                for (int i = 0; i < rules.size(); i++) {
                    Rule r = rules.get(i);
                    String name = "rule " + (i + 1) + (r.key == null ? "" : " (" + r.key.strip() + ")");
                    all.add(FigureRule.of(i + 1, r.key, FigureRule.number(name + " <min>", r.min),
                            FigureRule.number(name + " <max>", r.max)));
                }
            }
        } catch (InvalidRuleException e) {
            throw Failures.configuration(e.getMessage());
        }
        if (all.isEmpty()) {
            throw Failures.configuration("check has no rules: set e.g. <maxDataProblems>0</maxDataProblems> or "
                    + "<rules><rule><key>audit.win_rate</key><min>0.2</min></rule></rules>");
        }
        return all;
    }
}
