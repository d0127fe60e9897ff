package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.salesaudit.forecast.timeseries.SeriesForecast;
import org.salesaudit.report.Axis;
import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.Label;

/**
 * The charts of the forecast section. Points carry the period (month or quarter) as label and its
 * index (periods since the chart's first period) as x.
 */
final class ForecastCharts {

    /** Months of actual bookings shown before the forward forecast. */
    static final int HISTORY_MONTHS = 24;

    private ForecastCharts() {
    }

    /** Actual monthly bookings, then the forecast with its 80 % band. */
    static Chart forward(PeriodBookings bookings, SeriesForecast f) {
        ForecastPeriod p = bookings.period();
        int n = bookings.values().size();
        int from = Math.max(0, n - HISTORY_MONTHS / p.months());
        YearMonth start = p.plus(bookings.first(), from);
        List<ChartPoint> actual = new ArrayList<>();
        for (int i = from; i < n; i++) {
            actual.add(point(p, start, p.plus(bookings.first(), i), bookings.values().get(i), null, null));
        }
        List<ChartPoint> forecast = new ArrayList<>();
        double[] mean = f.mean();
        for (int i = 0; i < f.horizon(); i++) {
            forecast.add(point(p, start, p.plus(bookings.next(), i), dec(mean[i]), dec(f.lo80()[i]), dec(f.hi80()[i])));
        }
        return new Chart("forecast.chart.forward", title("chart.forecast.forward.title", p), ChartKind.LINE,
                new Axis("chart.forecast.axis." + p.key(), AxisScale.CATEGORY), new Axis("chart.forecast.axis.bookings", AxisScale.MONEY),
                List.of(new ChartSeries(Label.ofKey("chart.forecast.series.actual"), actual, false),
                        new ChartSeries(Label.ofKey("chart.forecast.series.forecast"), forecast, true)),
                title("chart.forecast.forward.alt", p),
                List.of(Integer.toString(actual.size()), Integer.toString(f.horizon())));
    }

    /** @return the message key {@code base}, or {@code base.quarter} when counting quarters */
    private static String title(String base, ForecastPeriod p) {
        return p == ForecastPeriod.MONTH ? base : base + "." + p.key();
    }

    /** Leads created per month (the last 24 months), then the forecast with its 80 % band. */
    static Chart leads(PeriodLeads leads, SeriesForecast f) {
        ForecastPeriod p = leads.period();
        int n = leads.counts().size();
        int from = Math.max(0, n - HISTORY_MONTHS / p.months());
        YearMonth start = p.plus(leads.first(), from);
        List<ChartPoint> actual = new ArrayList<>();
        for (int i = from; i < n; i++) {
            actual.add(point(p, start, p.plus(leads.first(), i), BigDecimal.valueOf(leads.counts().get(i)), null, null));
        }
        List<ChartPoint> forecast = new ArrayList<>();
        double[] mean = f.mean();
        for (int i = 0; i < f.horizon(); i++) {
            forecast.add(point(p, start, p.plus(leads.next(), i), dec(mean[i]), dec(f.lo80()[i]), dec(f.hi80()[i])));
        }
        return new Chart("forecast.chart.leads", title("chart.forecast.leads.title", p), ChartKind.LINE,
                new Axis("chart.forecast.axis." + p.key(), AxisScale.CATEGORY),
                new Axis("chart.forecast.axis.leads", AxisScale.NUMBER),
                List.of(new ChartSeries(Label.ofKey("chart.forecast.series.actual"), actual, false),
                        new ChartSeries(Label.ofKey("chart.forecast.series.forecast"), forecast, true)),
                title("chart.forecast.leads.alt", p), List.of(Integer.toString(actual.size()), Integer.toString(f.horizon())));
    }

    /** Actual bookings of the backtest months, and what each method had forecast for them. */
    static Chart backtest(Backtest.Result backtest, ForecastPeriod p) {
        List<ChartSeries> series = new ArrayList<>();
        YearMonth start = backtest.months().isEmpty() ? YearMonth.of(2000, 1) : backtest.months().get(0).month();
        List<ChartPoint> actual = new ArrayList<>();
        for (Backtest.Month m : backtest.months()) {
            actual.add(point(p, start, m.month(), m.actual(), null, null));
        }
        series.add(new ChartSeries(Label.ofKey("chart.forecast.series.actual"), actual, false));
        for (String method : Backtest.METHODS) {
            List<ChartPoint> points = new ArrayList<>();
            for (Backtest.Month m : backtest.months()) {
                BigDecimal f = m.forecasts().get(method);
                if (f != null) {
                    points.add(point(p, start, m.month(), f, null, null));
                }
            }
            series.add(new ChartSeries(Label.ofKey("forecast.method." + method), points, true));
        }
        return new Chart("forecast.chart.backtest", title("chart.forecast.backtest.title", p), ChartKind.LINE,
                new Axis("chart.forecast.axis." + p.key(), AxisScale.CATEGORY), new Axis("chart.forecast.axis.bookings", AxisScale.MONEY),
                series, title("chart.forecast.backtest.alt", p),
                List.of(Integer.toString(backtest.months().size()), backtest.trusted().orElse("-")));
    }

    private static ChartPoint point(ForecastPeriod p, YearMonth start, YearMonth month, BigDecimal y, BigDecimal low,
            BigDecimal high) {
        return new ChartPoint(Label.literal(p.label(month)), BigDecimal.valueOf(p.between(start, month)),
                y.setScale(2, RoundingMode.HALF_UP), low == null ? null : low.setScale(2, RoundingMode.HALF_UP),
                high == null ? null : high.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal dec(double v) {
        return BigDecimal.valueOf(v);
    }
}
