package org.salesaudit.maven;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.salesaudit.engine.OutputFormat;
import org.salesaudit.engine.ReportEngine;
import org.salesaudit.engine.ReportRequest;
import org.salesaudit.engine.ReportResult;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemPolicy;

/**
 * Audits sales workbooks at build time and writes the report (PDF, XLSX, HTML) and results.json into
 * the output directory. Bad data fails the build with the engine's message naming file, sheet and
 * cell.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class AuditMojo extends AbstractMojo {

    /** The workbooks to audit (.xlsx, .xlsm, .xls), read together as one data set. */
    @Parameter(property = "salesaudit.workbooks", required = true)
    List<File> workbooks;

    /** Where the reports and results.json are written; created or updated atomically. */
    @Parameter(property = "salesaudit.outputDirectory", defaultValue = "${project.build.directory}/salesaudit")
    File outputDirectory;

    /** Report formats: any of pdf, xlsx, html. */
    @Parameter(property = "salesaudit.formats", defaultValue = "pdf,xlsx")
    List<String> formats;

    /** Report language: en, ko, ar, pl or ru. */
    @Parameter(property = "salesaudit.language", defaultValue = "en")
    String language;

    /** An optional column-mapping file naming the client's sheets and headers. */
    @Parameter(property = "salesaudit.mapping")
    File mapping;

    /** The date the report describes (YYYY-MM-DD); default: the latest date in the data. */
    @Parameter(property = "salesaudit.asOf")
    String asOf;

    /** Fail the build on any data problem, even a repaired value. */
    @Parameter(property = "salesaudit.strict", defaultValue = "false")
    boolean strict;

    /** Skip the audit. */
    @Parameter(property = "salesaudit.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("salesaudit: skipped (salesaudit.skip=true)");
            return;
        }
        ReportRequest request = request();
        try {
            ReportResult result = new ReportEngine().generate(request);
            getLog().info("salesaudit: wrote " + result.files().size() + " files to " + result.outputDirectory());
            for (Problem p : result.model().problems()) {
                getLog().warn("salesaudit: " + p.message());
            }
        } catch (InvalidInputException e) {
            StringBuilder message = new StringBuilder("salesaudit: the input data cannot be used:");
            e.problems().forEach(p -> message.append(System.lineSeparator()).append("  ").append(p.message()));
            throw new MojoFailureException(message.toString(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("salesaudit: " + e.getMessage(), e);
        }
    }

    private ReportRequest request() throws MojoFailureException {
        if (workbooks == null || workbooks.isEmpty()) {
            throw new MojoFailureException("salesaudit: no workbooks configured (<workbooks><workbook>...</workbook></workbooks>)");
        }
        Set<OutputFormat> parsed = EnumSet.noneOf(OutputFormat.class);
        for (String f : formats) {
            parsed.add(OutputFormat.byName(f).orElseThrow(() -> new MojoFailureException(
                    "salesaudit: unknown format '" + f + "' (expected pdf, xlsx or html)")));
        }
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!ReportRequest.LANGUAGES.contains(lang)) {
            throw new MojoFailureException("salesaudit: unsupported language '" + language + "' (supported: "
                    + String.join(", ", ReportRequest.LANGUAGES) + ")");
        }
        return ReportRequest.builder(workbooks.stream().map(File::toPath).toList(), outputDirectory.toPath())
                .formats(parsed)
                .locale(Locale.forLanguageTag(lang))
                .mapping(mapping == null ? null : mapping.toPath())
                .asOf(parseAsOf())
                .policy(strict ? ProblemPolicy.STRICT : ProblemPolicy.COLLECT)
                .build();
    }

    private LocalDate parseAsOf() throws MojoFailureException {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("salesaudit: asOf '" + asOf + "' is not a date in the form YYYY-MM-DD");
        }
    }
}
