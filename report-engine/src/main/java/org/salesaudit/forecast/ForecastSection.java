package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.salesaudit.audit.Audit;
import org.salesaudit.audit.AuditInfo;
import org.salesaudit.audit.AuditSettings;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.forecast.timeseries.MonthlyForecaster;
import org.salesaudit.forecast.timeseries.SeriesForecast;
import org.salesaudit.model.Dataset;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.Chart;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * The forecast section of the report (docs/forecast.md): the next months by every method, the
 * time-series forecast with its 80 % and 95 % intervals, Monte Carlo ranges of bookings and of quota
 * attainment, the rolling-origin backtest and the method to trust, the stated and calibrated stage
 * probabilities, and the stale deals left out of the pipeline methods.
 */
public final class ForecastSection implements Audit {

    static final String ID = "forecast";
    static final String TITLE = "section.forecast.title";

    private final ForecastSettings settings;

    public ForecastSection(ForecastSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    private static final AuditInfo INFO = new AuditInfo(ID, TITLE, Dataset.DEALS);

    @Override
    public AuditInfo info() {
        return INFO;
    }

    /** The backtest forecasts every past period again, and the simulation draws thousands of futures. */
    @Override
    public boolean runsLong() {
        return true;
    }

    @Override
    public SectionOutcome answer(SalesData data, AuditSettings audit) {
        LocalDate asOf = audit.asOf();
        Currency currency = audit.currency();
        DealIndex deals = DealIndex.of(data);
        TimeToClose cycles = TimeToClose.asOf(deals, asOf);
        if (cycles.wonCount() == 0) {
            return new Skipped(ID, TITLE, "skipped.forecast.noWins", List.of(asOf.toString()));
        }
        StageProbabilities stated = audit.stages();
        Optional<StageProbabilities> calibrated = CalibratedStages.table(deals, asOf);
        StaleDeals staleRule = new StaleDeals(cycles.typicalCycleDays(), settings.staleCycles());
        List<OpenDeal> open = PipelineSnapshot.at(deals, asOf);
        List<OpenDeal> pipeline = staleRule.current(open);
        List<OpenDeal> stale = staleRule.stale(open);

        ForecastPeriod period = settings.period();
        String next = "next_" + period.key();
        PeriodBookings bookings = PeriodBookings.upTo(deals, asOf, period);
        MonthlyForecaster forecaster = new MonthlyForecaster(settings.intervalScale(), period.perYear());
        SeriesForecast series = forecaster.forecast(bookings.asArray(), settings.horizonMonths());
        MonteCarloForecast.Result simulation = MonteCarloForecast.run(deals, pipeline, asOf, cycles, calibrated,
                settings);
        Map<String, BigDecimal> nextMonth = new java.util.LinkedHashMap<>(
                NextPeriodForecasts.on(deals, asOf, settings, stated, cycles, pipeline));
        nextMonth.put(Backtest.MONTE_CARLO, BigDecimal.valueOf(simulation.months().get(0).p50()));
        RunRateForecast runRate = RunRateForecast.measure(deals, asOf, settings.growth(),
                settings.newRepDeals());
        Backtest.Result backtest = Backtest.run(deals, asOf, settings, stated);

        ForecastTables tables = new ForecastTables(currency, period);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("forecast.first_" + period.key(), "figure.forecast.first_" + period.key(),
                new Value.Text(period.label(simulation.first()))));
        figures.add(new Figure("forecast.trusted_method." + next, "figure.forecast.trusted_method." + next,
                backtest.trusted().map(nextMonth::get).<Value>map(f -> Money.of(f, currency))
                        .orElseGet(Value::notAvailable)));
        for (String method : NextPeriodForecasts.METHODS) {
            BigDecimal f = nextMonth.get(method);
            figures.add(new Figure("forecast." + method + "." + next, "figure.forecast." + method + "." + next,
                    f == null ? Value.notAvailable() : Money.of(f, currency)));
        }
        MonteCarloForecast.Range first = simulation.months().get(0);
        figures.add(new Figure("forecast.monte_carlo." + next + "_p10", "figure.forecast.monte_carlo." + next + "_p10",
                Money.of(first.p10(), currency)));
        figures.add(new Figure("forecast.monte_carlo." + next + "_p50", "figure.forecast.monte_carlo." + next + "_p50",
                Money.of(first.p50(), currency)));
        figures.add(new Figure("forecast.monte_carlo." + next + "_p90", "figure.forecast.monte_carlo." + next + "_p90",
                Money.of(first.p90(), currency)));
        figures.add(new Figure("forecast.stage_weighted.pipeline", "figure.forecast.stage_weighted.pipeline",
                Money.of(new StageWeightedForecast(stated, BigDecimal.valueOf(cycles.winRate())).value(pipeline),
                        currency)));
        figures.add(new Figure("forecast.stage_weighted.calibrated_pipeline",
                "figure.forecast.stage_weighted.calibrated_pipeline",
                calibrated.<Value>map(c -> Money.of(new StageWeightedForecast(c, BigDecimal.valueOf(cycles.winRate()))
                        .value(pipeline), currency)).orElseGet(Value::notAvailable)));
        OptionalDouble typical = cycles.typicalCycleDays();
        figures.add(new Figure("forecast.age.simple_pipeline", "figure.forecast.age.simple_pipeline",
                Money.of(AgeForecast.simple(pipeline, typical.getAsDouble()), currency)));
        figures.add(new Figure("forecast.run_rate.monthly_average", "figure.forecast.run_rate.monthly_average",
                Money.of(runRate.monthlyAverage(), currency)));
        figures.add(new Figure("forecast.run_rate.growth", "figure.forecast.run_rate.growth",
                Money.ratio(runRate.growth())));
        figures.add(new Figure("forecast.run_rate.new_reps", "figure.forecast.run_rate.new_reps",
                new Value.Count(runRate.newReps())));
        figures.add(new Figure("forecast.run_rate.new_rep_deals", "figure.forecast.run_rate.new_rep_deals",
                new Value.Quantity(runRate.newRepDeals().setScale(2, java.math.RoundingMode.HALF_UP))));
        figures.add(new Figure("forecast.typical_cycle_days", "figure.forecast.typical_cycle_days",
                new Value.Quantity(BigDecimal.valueOf(typical.getAsDouble()))));
        figures.add(new Figure("forecast.stale_deals", "figure.forecast.stale_deals", new Value.Count(stale.size())));
        figures.add(new Figure("forecast.stale_value", "figure.forecast.stale_value",
                Money.of(stale.stream().map(OpenDeal::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency)));
        figures.add(new Figure("forecast.trusted_method", "figure.forecast.trusted_method",
                backtest.trusted().<Value>map(m -> new Value.Term(m, "forecast.method." + m))
                        .orElseGet(Value::notAvailable)));
        figures.add(new Figure("forecast.accuracy", "figure.forecast.accuracy",
                backtest.trusted().flatMap(method -> backtest.scores().stream()
                        .filter(s -> s.method().equals(method)).findFirst())
                        .flatMap(Backtest.Score::meanAccuracy).map(Money::ratio).orElseGet(Value::notAvailable)));
        figures.add(new Figure("forecast.backtest.monte_carlo.periods", "figure.forecast.backtest.monte_carlo.periods",
                new Value.Count(backtest.calibration().periods())));
        figures.add(new Figure("forecast.backtest.monte_carlo.inside_p10_p90",
                "figure.forecast.backtest.monte_carlo.inside_p10_p90",
                backtest.calibration().share().map(Money::ratio).orElseGet(Value::notAvailable)));
        figures.add(new Figure("forecast.simulations", "figure.forecast.simulations",
                new Value.Count(settings.simulations())));
        figures.add(new Figure("forecast.seed", "figure.forecast.seed", new Value.Identifier(settings.seed())));
        if (simulation.approximated()) {
            figures.add(new Figure("forecast.monte_carlo.deals_per_future",
                    "figure.forecast.monte_carlo.deals_per_future", new Value.Count(Math.round(simulation.dealsPerFuture()))));
        }

        LeadForecast leads = LeadForecast.of(data, asOf, forecaster, settings.horizonMonths(), period);
        figures.add(new Figure("forecast.leads." + next, "figure.forecast.leads." + next,
                leads.forecast().<Value>map(f -> ForecastTables.leadCount(f.mean()[0])).orElseGet(Value::notAvailable)));
        leads.skipped().ifPresent(reason -> figures.add(new Figure("forecast.leads.skipped",
                "figure.forecast.leads.skipped." + reason, new Value.Text(reason))));

        List<Table> tableList = new ArrayList<>(List.of(
                tables.months(bookings.next(), series),
                tables.simulation(simulation),
                tables.backtestMonths(backtest),
                tables.backtestSimulation(backtest),
                tables.backtestScores(backtest),
                tables.stages(stated, CalibratedStages.records(deals, asOf), pipeline),
                tables.attainment(simulation),
                tables.stale(stale)));
        List<Chart> charts = new ArrayList<>(List.of(
                ForecastCharts.forward(bookings, series),
                ForecastCharts.backtest(backtest, period)));
        leads.forecast().ifPresent(f -> {
            tableList.add(2, tables.leads(leads.months().next(), f));
            charts.add(1, ForecastCharts.leads(leads.months(), f));
        });
        return new Section(ID, TITLE, figures, tableList, charts);
    }
}
