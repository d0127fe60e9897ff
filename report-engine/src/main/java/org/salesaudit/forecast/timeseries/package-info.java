/**
 * Monthly time-series forecasting on plain {@code double} arrays: a seasonality test and classical
 * multiplicative decomposition, simple, damped-trend and Holt–Winters exponential smoothing with
 * parameters fitted by Commons Math's BOBYQA optimizer, the Theta method, an automatic choice by
 * AICc, and the combination of the chosen smoothing model with Theta, with 80 % and 95 % prediction
 * intervals. Every forecast is kept non-negative and bounded.
 */
package org.salesaudit.forecast.timeseries;
