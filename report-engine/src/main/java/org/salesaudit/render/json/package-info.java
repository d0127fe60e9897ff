/**
 * {@code results.json}: the machine-readable twin of every report, read by build pipelines, the Maven
 * plugin's {@code check} goal and users' scripts. Its keys are documented in docs/results-json.md.
 */
package org.salesaudit.render.json;
