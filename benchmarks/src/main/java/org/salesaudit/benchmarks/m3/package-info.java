/**
 * The M3 monthly benchmark: fits {@link org.salesaudit.forecast.timeseries.MonthlyForecaster} on the
 * training rows of the 1,428 monthly M3 series, forecasts 18 months and writes the forecast file
 * scored by {@code score.py} (docs/benchmarks.md). A holdout mode splits the training rows in time
 * so that settings are tuned without ever reading the test rows.
 */
package org.salesaudit.benchmarks.m3;
