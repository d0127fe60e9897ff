/**
 * The facade that front ends call: {@link org.salesaudit.engine.ReportEngine} takes a
 * {@link org.salesaudit.engine.ReportRequest} and returns a {@link org.salesaudit.engine.ReportResult},
 * or throws {@link org.salesaudit.problem.InvalidInputException} for unusable data and
 * {@link java.io.IOException} for I/O failures. Nothing here knows about picocli or Maven.
 */
package org.salesaudit.engine;
