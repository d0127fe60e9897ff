package org.salesaudit.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every salesaudit goal shares: the {@code skip} switch. */
abstract class AbstractSalesAuditMojo extends AbstractMojo {

    /**
     * Skip this goal. Set it in the configuration, or for one build with {@code -Dsalesaudit.skip}
     * (which skips every salesaudit goal). The goal logs one line saying it was skipped.
     */
    @Parameter(property = "salesaudit.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("salesaudit:" + goal() + " skipped (skip is true, e.g. from -Dsalesaudit.skip)");
            return;
        }
        run();
    }

    /** @return the goal's name, for log lines */
    abstract String goal();

    /** Does the goal's work; called unless skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;
}
