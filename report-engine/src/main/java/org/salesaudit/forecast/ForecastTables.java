package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.forecast.timeseries.SeriesForecast;
import org.salesaudit.report.Column;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/** The tables of the forecast section. */
final class ForecastTables {

    private final Currency currency;
    private final ForecastPeriod period;

    ForecastTables(Currency currency, ForecastPeriod period) {
        this.currency = currency;
        this.period = period;
    }

    /** @return the title key of a table: {@code base}, or {@code base.quarter} when counting quarters */
    private String title(String base) {
        return period == ForecastPeriod.MONTH ? base : base + "." + period.key();
    }

    /** @return the first column: {@code month} (YYYY-MM) or {@code quarter} (YYYY-Qn) */
    private Column periodColumn() {
        return column(period.key());
    }

    Table months(YearMonth first, SeriesForecast f) {
        List<List<Value>> rows = new ArrayList<>();
        double[] mean = f.mean();
        for (int i = 0; i < f.horizon(); i++) {
            YearMonth month = period.plus(first, i);
            rows.add(List.of(new Value.Text(period.label(month)), money(mean[i]), money(f.lo80()[i]),
                    money(f.hi80()[i]), money(f.lo95()[i]), money(f.hi95()[i])));
        }
        return new Table("forecast.months", title("table.forecast.months"),
                List.of(periodColumn(), column("forecast"), column("lo80"), column("hi80"), column("lo95"),
                        column("hi95")),
                rows);
    }

    /** The simulated bookings of each period of the horizon: P10, P50, P90. */
    Table simulation(MonteCarloForecast.Result simulation) {
        List<List<Value>> rows = new ArrayList<>();
        for (int i = 0; i < simulation.months().size(); i++) {
            MonteCarloForecast.Range r = simulation.months().get(i);
            rows.add(List.of(new Value.Text(period.label(period.plus(simulation.first(), i))), money(r.p10()),
                    money(r.p50()), money(r.p90())));
        }
        return new Table("forecast.simulation", title("table.forecast.simulation"),
                List.of(periodColumn(), column("p10"), column("p50"), column("p90")), rows);
    }

    /** Leads created per month: the time-series forecast and its 80 % and 95 % intervals. */
    Table leads(YearMonth first, SeriesForecast f) {
        List<List<Value>> rows = new ArrayList<>();
        for (int i = 0; i < f.horizon(); i++) {
            rows.add(List.of(new Value.Text(period.label(period.plus(first, i))), leadCount(f.mean()[i]),
                    leadCount(f.lo80()[i]), leadCount(f.hi80()[i]), leadCount(f.lo95()[i]), leadCount(f.hi95()[i])));
        }
        return new Table("forecast.leads", title("table.forecast.leads"),
                List.of(periodColumn(), column("leads"), column("lo80"), column("hi80"), column("lo95"),
                        column("hi95")),
                rows);
    }

    /** @return a forecast number of leads, to one decimal */
    static Value leadCount(double v) {
        return new Value.Quantity(BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP));
    }

    Table backtestMonths(Backtest.Result backtest) {
        List<Column> columns = new ArrayList<>(List.of(periodColumn(), column("actual")));
        Backtest.METHODS.forEach(m -> columns.add(new Column(m, "forecast.method." + m)));
        List<List<Value>> rows = new ArrayList<>();
        for (Backtest.Month m : backtest.months()) {
            List<Value> row = new ArrayList<>(List.of(new Value.Text(period.label(m.month())),
                    Money.of(m.actual(), currency)));
            for (String method : Backtest.METHODS) {
                BigDecimal f = m.forecasts().get(method);
                row.add(f == null ? Value.notAvailable() : Money.of(f, currency));
            }
            rows.add(row);
        }
        return new Table("forecast.backtest.months", title("table.forecast.backtest.months"), columns, rows);
    }

    /** The simulation's backtest: each past period's actual bookings and its simulated P10, P50, P90. */
    Table backtestSimulation(Backtest.Result backtest) {
        List<List<Value>> rows = new ArrayList<>();
        for (Backtest.Month m : backtest.months()) {
            m.simulated().ifPresent(r -> rows.add(List.of(new Value.Text(period.label(m.month())),
                    Money.of(m.actual(), currency), money(r.p10()), money(r.p50()), money(r.p90()))));
        }
        return new Table("forecast.backtest.simulation", title("table.forecast.backtest.simulation"),
                List.of(periodColumn(), column("actual"), column("p10"), column("p50"), column("p90")), rows);
    }

    Table backtestScores(Backtest.Result backtest) {
        List<List<Value>> rows = new ArrayList<>();
        for (Backtest.Score s : backtest.scores()) {
            rows.add(List.of(new Value.Text(s.method()), new Value.Count(s.months()), ratio(s.mape()),
                    ratio(s.wape()), ratio(s.meanAccuracy())));
        }
        return new Table("forecast.backtest.scores", "table.forecast.backtest.scores",
                List.of(column("method"), column("months"), column("mape"), column("wape"), column("accuracy")),
                rows);
    }

    Table stages(StageProbabilities stated, List<CalibratedStages.StageRecord> calibrated, List<OpenDeal> pipeline) {
        Map<String, Object[]> byStage = new TreeMap<>((a, b) -> {
            int c = Integer.compare(stated.rank(a), stated.rank(b));
            return c != 0 ? c : a.compareTo(b);
        });
        for (OpenDeal d : pipeline) {
            if (d.stage() != null) {
                Object[] row = byStage.computeIfAbsent(d.stage().strip(), k -> new Object[] {0L, BigDecimal.ZERO, null});
                row[0] = (Long) row[0] + 1;
                row[1] = ((BigDecimal) row[1]).add(d.amount());
            }
        }
        for (CalibratedStages.StageRecord r : calibrated) {
            byStage.computeIfAbsent(r.stage(), k -> new Object[] {0L, BigDecimal.ZERO, null})[2] = r;
        }
        List<List<Value>> rows = new ArrayList<>();
        byStage.forEach((stage, row) -> {
            CalibratedStages.StageRecord r = (CalibratedStages.StageRecord) row[2];
            rows.add(List.of(new Value.Text(stage), new Value.Count((Long) row[0]), Money.of((BigDecimal) row[1], currency),
                    stated.probability(stage).<Value>map(Money::ratio).orElseGet(Value::notAvailable),
                    r == null ? Value.notAvailable() : Money.ratio(r.probability()),
                    new Value.Count(r == null ? 0 : r.closed())));
        });
        return new Table("forecast.stages", "table.forecast.stages",
                List.of(column("stage"), column("open_deals"), column("value"), column("stated_probability"),
                        column("calibrated_probability"), column("closed_deals")),
                rows);
    }

    Table attainment(MonteCarloForecast.Result simulation) {
        List<List<Value>> rows = new ArrayList<>();
        for (MonteCarloForecast.RepRange r : simulation.reps()) {
            rows.add(List.of(new Value.Text(r.repId()), new Value.Text(r.quota().period().label()),
                    Money.of(r.quota().amount(), currency), Money.of(r.booked(), currency),
                    Money.ratio(r.attainment().p10()), Money.ratio(r.attainment().p50()),
                    Money.ratio(r.attainment().p90())));
        }
        return new Table("forecast.quota_attainment", "table.forecast.quota_attainment",
                List.of(column("rep"), column("period"), column("quota"), column("booked"), column("p10"),
                        column("p50"), column("p90")),
                rows).explainedWhenEmpty("table.forecast.quota_attainment.empty");
    }

    Table stale(List<OpenDeal> stale) {
        List<List<Value>> rows = new ArrayList<>();
        for (OpenDeal d : stale) {
            rows.add(List.of(new Value.Text(d.deal().id()), new Value.Text(d.owner()),
                    d.stage() == null ? Value.notAvailable() : new Value.Text(d.stage()),
                    new Value.Date(d.deal().created()), new Value.Count(d.ageDays()), Money.of(d.amount(), currency)));
        }
        return new Table("forecast.stale_deals", "table.forecast.stale_deals",
                List.of(column("deal"), column("owner"), column("stage"), column("created"), column("age_days"),
                        column("amount")),
                rows).explainedWhenEmpty("table.forecast.stale_deals.empty");
    }

    private Value money(double v) {
        return Money.of(v, currency);
    }

    private static Value ratio(Optional<BigDecimal> r) {
        return r.<Value>map(Money::ratio).orElseGet(Value::notAvailable);
    }

    private static Column column(String key) {
        return new Column(key, "forecast.column." + key);
    }
}
