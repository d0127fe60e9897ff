/**
 * The forecast section: what the next months will bring, how sure we are, and which method has
 * worked on the client's own history. Pipeline methods ({@link org.salesaudit.forecast.StageWeightedForecast},
 * {@link org.salesaudit.forecast.AgeForecast}), the {@link org.salesaudit.forecast.RunRateForecast},
 * the time series of monthly bookings ({@code forecast.timeseries}), a
 * {@link org.salesaudit.forecast.MonteCarloForecast} of ranges, and a rolling-origin
 * {@link org.salesaudit.forecast.Backtest} of every method. Money is {@code BigDecimal}; simulation
 * and optimisation are deterministic. The deals are indexed once per run
 * ({@code DealIndex}), and the as-of date and every backtest origin are
 * answered from that index.
 */
package org.salesaudit.forecast;
