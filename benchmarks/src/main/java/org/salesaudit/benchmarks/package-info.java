/**
 * On-demand benchmarks (the {@code benchmarks} Maven profile), never part of {@code mvn verify}.
 * Each benchmark measures salesaudit against a reference in one JVM run and prints the ratio; the
 * commands and recorded figures are in docs/benchmarks.md.
 */
package org.salesaudit.benchmarks;
