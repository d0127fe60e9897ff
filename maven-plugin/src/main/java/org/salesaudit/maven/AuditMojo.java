package org.salesaudit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.salesaudit.engine.BuildTimestamp;
import org.salesaudit.engine.OutputFormat;
import org.salesaudit.engine.ReportEngine;
import org.salesaudit.engine.ReportRequest;
import org.salesaudit.engine.UpToDateReports;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

/**
 * Audits sales workbooks at build time and writes the report (PDF, XLSX, HTML) and results.json into
 * the output directory, all at once or not at all. When the workbooks, mapping, settings, templates,
 * options and plugin version are unchanged since the last run into the same directory, and the files it
 * wrote are still there, it does nothing and says so. Bad data fails the build with the engine's message
 * naming file, sheet and cell.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class AuditMojo extends AbstractWorkbookMojo {

    /** Where the reports and results.json are written; created if needed, other files in it are kept. */
    @Parameter(property = "salesaudit.outputDirectory", defaultValue = "${project.build.directory}/salesaudit")
    File outputDirectory;

    /** Report formats: any of pdf, xlsx, html. results.json is always written. */
    @Parameter(property = "salesaudit.formats", defaultValue = "pdf,xlsx")
    List<String> formats;

    /**
     * The date the report describes (YYYY-MM-DD). Default: the day of
     * {@code project.build.outputTimestamp} (UTC) when the project sets it, so that a reproducible
     * build gives the same report; otherwise the latest date found in the data.
     */
    @Parameter(property = "salesaudit.asOf")
    String asOf;

    /** The project's reproducible-build timestamp, the default of {@code asOf}. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    /**
     * A folder of report templates ({@code report.ftlh}, {@code report.css}, files they include)
     * replacing the bundled ones of the same name in the PDF and HTML reports (docs/templates.md).
     * Every file in it is part of the up-to-date check: editing one produces the reports again.
     */
    @Parameter(property = "salesaudit.templates")
    File templates;

    /** Produce the reports even when nothing changed since the last run into the output directory. */
    @Parameter(property = "salesaudit.force", defaultValue = "false")
    boolean force;

    /** This plugin's version: a new version produces the reports again. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Override
    String goal() {
        return "audit";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        try {
            ReportRequest request = request();
            UpToDateReports.Outcome outcome = new UpToDateReports(new ReportEngine())
                    .generate(request, "salesaudit-maven-plugin " + pluginVersion, force);
            if (outcome instanceof UpToDateReports.UpToDate upToDate) {
                getLog().info("salesaudit: reports in " + upToDate.outputDirectory() + " are up to date "
                        + "(inputs unchanged); nothing to do. -Dsalesaudit.force=true produces them again.");
            } else if (outcome instanceof UpToDateReports.Generated generated) {
                getLog().info("salesaudit: wrote " + String.join(", ", generated.result().files().stream()
                        .map(p -> p.getFileName().toString()).toList()) + " to " + generated.result().outputDirectory()
                        + " (" + generated.reason() + ")");
                for (Problem p : generated.result().model().problems()) {
                    getLog().warn("salesaudit: " + p.message());
                }
            }
        } catch (InvalidInputException e) {
            throw Failures.invalidData(e);
        } catch (IOException e) {
            throw Failures.io(e);
        }
    }

    private ReportRequest request() throws MojoFailureException, IOException {
        return ReportRequest.builder(inputs(), outputDirectory.toPath())
                .formats(formats())
                .locale(locale())
                .mapping(mappingFile())
                .settings(settingsFile())
                .asOf(asOfDate())
                .currency(reportingCurrency())
                .policy(policy())
                .templates(templateFolder())
                .build();
    }

    private Path templateFolder() throws MojoFailureException {
        if (templates == null) {
            return null;
        }
        if (!templates.isDirectory()) {
            throw Failures.configuration("templates: not a directory: " + templates);
        }
        return templates.toPath();
    }

    private Set<OutputFormat> formats() throws MojoFailureException {
        Set<OutputFormat> parsed = EnumSet.noneOf(OutputFormat.class);
        for (String f : formats) {
            parsed.add(OutputFormat.byName(f).orElseThrow(() -> Failures.configuration(
                    "unknown format '" + f + "' (expected pdf, xlsx or html)")));
        }
        return parsed;
    }

    private LocalDate asOfDate() throws MojoFailureException {
        if (asOf != null && !asOf.isBlank()) {
            try {
                return LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw Failures.configuration("asOf '" + asOf + "' is not a date in the form YYYY-MM-DD");
            }
        }
        try {
            return BuildTimestamp.asOfDate(outputTimestamp).orElse(null);
        } catch (IllegalArgumentException e) {
            throw Failures.configuration(e.getMessage() + "; set <asOf> to choose the report date yourself");
        }
    }
}
