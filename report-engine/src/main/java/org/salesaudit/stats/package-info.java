/**
 * Statistics the audit needs beyond what Apache Commons Math provides, each written once and tested
 * against published or independently computed reference values: the Wilson score interval of a
 * proportion ({@link org.salesaudit.stats.Proportion}). Everything Commons Math has (regression,
 * chi-square, distributions, percentiles) is used from there directly.
 */
package org.salesaudit.stats;
