package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesaudit.report.Axis;
import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.Label;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.SampleReports;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;

/** Hand-made charts, one of every kind, and the sample report with them in its sections. */
public final class ChartFixtures {

    /** A scatter label from the data that must be escaped, never interpreted. */
    public static final String HOSTILE_NAME = "<b>Ann & \"Bo\"</b>";

    private ChartFixtures() {
    }

    public static Chart bar() {
        List<String> stages = List.of("Discovery call", "Qualified", "Product demo", "Product trial");
        List<ChartPoint> value = new ArrayList<>();
        List<ChartPoint> weighted = new ArrayList<>();
        int[] amounts = {420_000, 310_000, 250_000, 180_000};
        double[] probability = {0.1, 0.2, 0.4, 0.6};
        for (int i = 0; i < stages.size(); i++) {
            value.add(ChartPoint.category(Label.literal(stages.get(i)), BigDecimal.valueOf(amounts[i])));
            BigDecimal w = BigDecimal.valueOf(amounts[i] * probability[i]);
            weighted.add(i == 3 ? new ChartPoint(Label.literal(stages.get(i)), null, w, w.subtract(BigDecimal.valueOf(20_000)),
                    w.add(BigDecimal.valueOf(25_000))) : ChartPoint.category(Label.literal(stages.get(i)), w));
        }
        return new Chart("test.pipeline.chart", "table.audit.pipeline.by_stage", ChartKind.BAR,
                new Axis("column.stage", AxisScale.CATEGORY), new Axis("column.value", AxisScale.MONEY),
                List.of(new ChartSeries(Label.ofKey("column.value"), value, false),
                        new ChartSeries(Label.ofKey("column.weighted_value"), weighted, true)),
                "chart.data", List.of("open pipeline by stage"));
    }

    /** Monthly bookings, then a dashed forecast with an interval band. */
    public static Chart line() {
        List<ChartPoint> actual = new ArrayList<>();
        List<ChartPoint> forecast = new ArrayList<>();
        LocalDate month = LocalDate.of(2026, 1, 1);
        int[] bookings = {82_000, 91_000, 78_000, 105_000, 99_000, 112_000, 120_000, 108_000, 126_000, 131_000};
        for (int i = 0; i < bookings.length; i++) {
            actual.add(ChartPoint.xy(BigDecimal.valueOf(month.plusMonths(i).toEpochDay()), BigDecimal.valueOf(bookings[i])));
        }
        for (int i = 9; i < 13; i++) {
            BigDecimal y = BigDecimal.valueOf(131_000 + (i - 9) * 6_000L);
            BigDecimal spread = BigDecimal.valueOf((i - 9) * 9_000L);
            forecast.add(new ChartPoint(null, BigDecimal.valueOf(month.plusMonths(i).toEpochDay()), y, y.subtract(spread),
                    y.add(spread)));
        }
        return new Chart("test.bookings.chart", "figure.audit.bookings", ChartKind.LINE,
                new Axis("figure.audit.window_end", AxisScale.DATE), new Axis("column.bookings", AxisScale.MONEY),
                List.of(new ChartSeries(Label.ofKey("column.bookings"), actual, false),
                        new ChartSeries(Label.ofKey("figure.audit.weighted_pipeline"), forecast, true)),
                "chart.data", List.of("bookings per month and forecast"));
    }

    /** Reps by quota and attainment, each point labelled with the rep's name. */
    public static Chart scatter() {
        List<ChartPoint> reps = List.of(
                new ChartPoint(Label.literal("Maria Lopez"), new BigDecimal("300000"), new BigDecimal("1.18"), null, null),
                new ChartPoint(Label.literal("Kim Min-jun"), new BigDecimal("250000"), new BigDecimal("0.92"), null, null),
                new ChartPoint(Label.literal("Ivan Petrov"), new BigDecimal("200000"), new BigDecimal("0.64"), null, null),
                new ChartPoint(Label.literal(HOSTILE_NAME), new BigDecimal("350000"), new BigDecimal("1.05"), null, null));
        return new Chart("test.quadrants.chart", "section.quota_attainment.title", ChartKind.SCATTER,
                new Axis("column.quota", AxisScale.MONEY), new Axis("column.attainment", AxisScale.RATIO),
                List.of(new ChartSeries(Label.ofKey("column.rep_name"), reps, false)),
                "chart.data", List.of("attainment per rep against quota"));
    }

    public static Chart funnel() {
        String[] steps = {"Leads", "MQL", "SQL", "Won"};
        long[] counts = {1200, 540, 210, 64};
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            points.add(ChartPoint.category(Label.literal(steps[i]), BigDecimal.valueOf(counts[i])));
        }
        return new Chart("test.funnel.chart", "section.pipeline.title", ChartKind.FUNNEL,
                new Axis("column.stage", AxisScale.CATEGORY), new Axis("column.deals", AxisScale.NUMBER),
                List.of(new ChartSeries(Label.ofKey("column.deals"), points, false)),
                "chart.data", List.of("funnel from 1,200 leads to 64 won deals"));
    }

    /** A survival curve (share of deals still open after n days) with its confidence band. */
    public static Chart step() {
        List<ChartPoint> open = new ArrayList<>();
        double[] share = {1.0, 0.91, 0.77, 0.6, 0.41, 0.3, 0.22, 0.15};
        for (int i = 0; i < share.length; i++) {
            BigDecimal y = BigDecimal.valueOf(share[i]);
            BigDecimal spread = BigDecimal.valueOf(0.012 * i);
            open.add(new ChartPoint(null, BigDecimal.valueOf(i * 22.5), y, y.subtract(spread), y.add(spread).min(BigDecimal.ONE)));
        }
        return new Chart("test.cycle.chart", "figure.audit.win_rate", ChartKind.STEP,
                new Axis("", AxisScale.DAYS), new Axis("column.probability", AxisScale.RATIO),
                List.of(new ChartSeries(Label.ofKey("column.deals"), open, false)),
                "chart.data", List.of("share of deals still open by days since creation"));
    }

    public static List<Chart> all() {
        return List.of(bar(), line(), scatter(), funnel(), step());
    }

    /** {@link SampleReports#complete()} with every chart kind: three in the first section, two in the second. */
    public static ReportModel report() {
        ReportModel base = SampleReports.complete();
        List<SectionOutcome> sections = new ArrayList<>();
        int produced = 0;
        for (SectionOutcome outcome : base.sections()) {
            if (outcome instanceof Section s) {
                List<Chart> charts = produced == 0 ? List.of(bar(), funnel(), line()) : List.of(scatter(), step());
                sections.add(new Section(s.id(), s.titleKey(), s.figures(), s.tables(), charts));
                produced++;
            } else {
                sections.add(outcome);
            }
        }
        return new ReportModel(base.generator(), base.asOf(), base.currency(), base.inputs(), sections, base.problems());
    }
}
