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
 * The charts of the forecast section. Points carry the month as label and its index (months since
 * the chart's first month) as x.
 */
final class ForecastCharts {

    /** Months of actual bookings shown before the forward forecast. */
    static final int HISTORY_MONTHS = 24;

    private ForecastCharts() {
    }

    /** Actual monthly bookings, then the forecast with its 80 % band. */
    static Chart forward(MonthlyBookings bookings, SeriesForecast f) {
        int n = bookings.values().size();
        int from = Math.max(0, n - HISTORY_MONTHS);
        YearMonth start = bookings.first().plusMonths(from);
        List<ChartPoint> actual = new ArrayList<>();
        for (int i = from; i < n; i++) {
            actual.add(point(start, bookings.first().plusMonths(i), bookings.values().get(i), null, null));
        }
        List<ChartPoint> forecast = new ArrayList<>();
        double[] mean = f.mean();
        for (int i = 0; i < f.horizon(); i++) {
            forecast.add(point(start, bookings.next().plusMonths(i), dec(mean[i]), dec(f.lo80()[i]), dec(f.hi80()[i])));
        }
        return new Chart("forecast.chart.forward", "chart.forecast.forward.title", ChartKind.LINE,
                new Axis("chart.forecast.axis.month", AxisScale.CATEGORY), new Axis("chart.forecast.axis.bookings", AxisScale.MONEY),
                List.of(new ChartSeries(Label.ofKey("chart.forecast.series.actual"), actual, false),
                        new ChartSeries(Label.ofKey("chart.forecast.series.forecast"), forecast, true)),
                "chart.forecast.forward.alt", List.of(Integer.toString(actual.size()), Integer.toString(f.horizon())));
    }

    /** Actual bookings of the backtest months, and what each method had forecast for them. */
    static Chart backtest(Backtest.Result backtest) {
        List<ChartSeries> series = new ArrayList<>();
        YearMonth start = backtest.months().isEmpty() ? YearMonth.of(2000, 1) : backtest.months().get(0).month();
        List<ChartPoint> actual = new ArrayList<>();
        for (Backtest.Month m : backtest.months()) {
            actual.add(point(start, m.month(), m.actual(), null, null));
        }
        series.add(new ChartSeries(Label.ofKey("chart.forecast.series.actual"), actual, false));
        for (String method : NextMonthForecasts.METHODS) {
            List<ChartPoint> points = new ArrayList<>();
            for (Backtest.Month m : backtest.months()) {
                BigDecimal f = m.forecasts().get(method);
                if (f != null) {
                    points.add(point(start, m.month(), f, null, null));
                }
            }
            series.add(new ChartSeries(Label.ofKey("forecast.method." + method), points, true));
        }
        return new Chart("forecast.chart.backtest", "chart.forecast.backtest.title", ChartKind.LINE,
                new Axis("chart.forecast.axis.month", AxisScale.CATEGORY), new Axis("chart.forecast.axis.bookings", AxisScale.MONEY),
                series, "chart.forecast.backtest.alt",
                List.of(Integer.toString(backtest.months().size()), backtest.trusted().orElse("-")));
    }

    private static ChartPoint point(YearMonth start, YearMonth month, BigDecimal y, BigDecimal low, BigDecimal high) {
        return new ChartPoint(Label.literal(month.toString()),
                BigDecimal.valueOf(java.time.temporal.ChronoUnit.MONTHS.between(start, month)),
                y.setScale(2, RoundingMode.HALF_UP), low == null ? null : low.setScale(2, RoundingMode.HALF_UP),
                high == null ? null : high.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal dec(double v) {
        return BigDecimal.valueOf(v);
    }
}
