package org.salesaudit.maven;

import java.io.File;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.salesaudit.engine.CommissionEngine;
import org.salesaudit.engine.CommissionRequest;
import org.salesaudit.engine.CommissionResult;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

/**
 * Computes a month's commissions from the deals and the plan sheets (docs/commission-plans.md) and
 * writes one PDF and one XLSX statement per rep, {@code payout-register.xlsx} and {@code manifest.json}
 * into the output directory, all at once or not at all. Data or plans that cannot be used fail the
 * build with the engine's message naming file, sheet and cell.
 */
@Mojo(name = "commissions", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CommissionsMojo extends AbstractWorkbookMojo {

    /** The month of the statements, as YYYY-MM (e.g. 2026-10). */
    @Parameter(property = "salesaudit.period", required = true)
    String period;

    /**
     * Where the statements, payout-register.xlsx and manifest.json are written; created if needed.
     * Files of the same name are replaced, others kept.
     */
    @Parameter(property = "salesaudit.commissions.outputDirectory",
            defaultValue = "${project.build.directory}/salesaudit-commissions")
    File outputDirectory;

    /**
     * The payout register of an earlier run (its payout-register.xlsx): every changed line is listed
     * with its reason, and changes to an earlier month become adjustments on this month's statements.
     */
    @Parameter(property = "salesaudit.previous")
    File previous;

    @Override
    String goal() {
        return "commissions";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        try {
            CommissionResult result = new CommissionEngine().generate(request());
            getLog().info("salesaudit: wrote " + result.totals().statements() + " statements (PDF and XLSX), "
                    + "payout-register.xlsx and manifest.json for " + result.period() + " to " + result.outputDirectory());
            getLog().info("salesaudit: total pay " + result.totals().totalPay().toPlainString() + " "
                    + result.currency().getCurrencyCode() + " for " + result.period());
            if (!result.changes().isEmpty()) {
                getLog().info("salesaudit: " + result.changes().size() + " lines changed since the previous run; "
                        + "listed in the register's Changes sheet");
            }
            for (Problem p : result.problems()) {
                getLog().warn("salesaudit: " + p.message());
            }
        } catch (InvalidInputException e) {
            throw Failures.invalidData(e);
        } catch (IOException e) {
            throw Failures.io(e);
        }
    }

    private CommissionRequest request() throws MojoFailureException, IOException {
        YearMonth month = month();
        return new CommissionRequest(inputs(), outputDirectory.toPath(), month, locale(),
                Optional.ofNullable(mappingFile()), Optional.ofNullable(previous).map(File::toPath),
                Optional.ofNullable(reportingCurrency()), policy(), Optional.ofNullable(settingsFile()));
    }

    private YearMonth month() throws MojoFailureException {
        if (period == null || period.isBlank()) {
            throw Failures.configuration("period: the month of the statements is required, as YYYY-MM "
                    + "(<period>2026-10</period> or -Dsalesaudit.period=2026-10)");
        }
        try {
            return YearMonth.parse(period.strip());
        } catch (DateTimeParseException e) {
            throw Failures.configuration("period: expected a month as YYYY-MM, found '" + period + "'");
        }
    }
}
