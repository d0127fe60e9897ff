/**
 * Data gates over {@code results.json}: {@link org.salesaudit.check.ResultsFigures} reads the figures
 * of a finished run, {@link org.salesaudit.check.FigureRule} bounds one figure (with the named rules
 * such as {@code maxDataProblems}), {@link org.salesaudit.check.FigureCheck} evaluates the rules into a
 * {@link org.salesaudit.check.CheckReport}, and {@link org.salesaudit.check.CheckReportWriter} writes it
 * as JUnit-style XML and a JSON summary for CI servers. The Maven plugin's {@code check} goal is a thin
 * front end over this package.
 */
package org.salesaudit.check;
