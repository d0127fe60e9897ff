/**
 * The ingestion benchmark: generates a Deals workbook of a million rows, then times, in one JVM, a raw
 * cell-by-cell read with fastexcel-reader and salesaudit's ingestion plus the full audit, and prints
 * the ratio. Command and recorded figures: docs/benchmarks.md.
 */
package org.salesaudit.benchmarks.ingest;
