package org.salesaudit.forecast;

import java.time.LocalDate;
import java.util.Optional;

import org.salesaudit.forecast.timeseries.MonthlyForecaster;
import org.salesaudit.forecast.timeseries.SeriesForecast;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.SalesData;

/**
 * The lead-volume forecast: the number of leads created per month (or quarter) (the Leads sheet's created dates)
 * forecast by the same time-series combination as the bookings, with its 80 % and 95 % intervals. It
 * is skipped, with the reason, when there is no Leads sheet ({@value #NO_SHEET}) or no lead was created
 * in a complete period on or before the as-of date ({@value #NO_LEADS}).
 *
 * @param months   the leads created per complete period
 * @param forecast the forecast of the next months; empty when skipped
 * @param skipped  the reason it was skipped, {@value #NO_SHEET} or {@value #NO_LEADS}
 */
record LeadForecast(PeriodLeads months, Optional<SeriesForecast> forecast, Optional<String> skipped) {

    static final String NO_SHEET = "no_sheet";
    static final String NO_LEADS = "no_leads";

    static LeadForecast of(SalesData data, LocalDate asOf, MonthlyForecaster forecaster, int horizon,
            ForecastPeriod period) {
        PeriodLeads months = PeriodLeads.upTo(data.leads(), asOf, period);
        if (!data.has(Dataset.LEADS)) {
            return new LeadForecast(months, Optional.empty(), Optional.of(NO_SHEET));
        }
        if (months.counts().stream().allMatch(c -> c == 0)) {
            return new LeadForecast(months, Optional.empty(), Optional.of(NO_LEADS));
        }
        return new LeadForecast(months, Optional.of(forecaster.forecast(months.asArray(), horizon)), Optional.empty());
    }
}
