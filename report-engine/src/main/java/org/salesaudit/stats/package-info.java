/**
 * Statistics the audit needs beyond what Apache Commons Math provides, each written once and tested
 * against published or independently computed reference values: the Wilson score interval of a
 * proportion ({@link org.salesaudit.stats.Proportion}), the Kaplan–Meier estimate with Greenwood
 * errors and log-log intervals ({@link org.salesaudit.stats.KaplanMeier}) and the log-rank test
 * ({@link org.salesaudit.stats.LogRank}). Everything Commons Math has (regression,
 * chi-square, distributions, percentiles) is used from there directly.
 */
package org.salesaudit.stats;
