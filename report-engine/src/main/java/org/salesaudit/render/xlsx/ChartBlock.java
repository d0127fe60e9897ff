package org.salesaudit.render.xlsx;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.salesaudit.render.Messages;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.Label;
import org.salesaudit.report.Value;

/**
 * Writes the data of one chart under a caption, then a native Excel chart of it beside the data
 * ({@link NativeChart}). Categorical charts (bars, funnels, lines over labelled points) get one row
 * per category and one column per series, plus bound columns for series with intervals; charts over
 * numbers (scatter, lines and steps over x values) get one row per point: series, label, x, y and bounds.
 */
final class ChartBlock {

    /**
     * Where the data landed, for the native chart.
     *
     * @param categorical one row per category (column 0) and series in columns
     * @param firstRow    the first data row
     * @param lastRow     the last data row
     * @param seriesColumns for categorical data: the value column of each series
     * @param seriesRows  for point data: the first and last row of each series
     * @param xColumn     for point data: the x column; {@code yColumn} the y column
     */
    record Placement(boolean categorical, int captionRow, int firstRow, int lastRow, List<Integer> seriesColumns,
            List<int[]> seriesRows, int xColumn, int yColumn, int lastColumn, Cached cached) {
    }

    /**
     * The values written, for the chart's caches (a streaming sheet cannot be read back).
     *
     * @param categories the category names (categorical data)
     * @param xs         per series, its x values (point data; null entries for blanks)
     * @param ys         per series, its y values, one per category or per point
     */
    record Cached(List<String> categories, List<Double[]> xs, List<Double[]> ys) {
    }

    private ChartBlock() {
    }

    static boolean isCategorical(Chart chart) {
        return chart.kind() == ChartKind.BAR || chart.kind() == ChartKind.FUNNEL
                || chart.series().stream().flatMap(s -> s.points().stream()).anyMatch(p -> p.x() == null);
    }

    static Placement write(SheetWriter sheet, Chart chart, Messages messages, Currency currency) {
        int captionRow = sheet.nextRowIndex();
        sheet.text(sheet.newRow(), 0, messages.format("chart.data", List.of(messages.get(chart.titleKey()))),
                Role.HEADING);
        return isCategorical(chart) ? categorical(sheet, chart, messages, currency, captionRow)
                : points(sheet, chart, messages, currency, captionRow);
    }

    private static Placement categorical(SheetWriter sheet, Chart chart, Messages messages, Currency currency,
            int captionRow) {
        List<Label> categories = new ArrayList<>();
        for (ChartSeries s : chart.series()) {
            for (ChartPoint p : s.points()) {
                if (p.label() != null && !categories.contains(p.label())) {
                    categories.add(p.label());
                }
            }
        }
        Row header = sheet.newRow();
        String category = chart.x().labelKey().isEmpty() ? messages.get("chart.column.category")
                : messages.get(chart.x().labelKey());
        sheet.text(header, 0, category, Role.HEADER);
        List<Integer> valueColumns = new ArrayList<>();
        int column = 1;
        for (ChartSeries s : chart.series()) {
            String name = label(s.name(), messages);
            valueColumns.add(column);
            sheet.text(header, column++, name, Role.HEADER);
            if (hasIntervals(s)) {
                sheet.text(header, column++, messages.format("chart.column.low", List.of(name)), Role.HEADER);
                sheet.text(header, column++, messages.format("chart.column.high", List.of(name)), Role.HEADER);
            }
        }
        int firstRow = sheet.nextRowIndex();
        List<Double[]> ys = new ArrayList<>();
        for (int i = 0; i < chart.series().size(); i++) {
            ys.add(new Double[categories.size()]);
        }
        int index = 0;
        for (Label c : categories) {
            Row row = sheet.newRow();
            sheet.text(row, 0, label(c, messages), Role.BODY);
            int col = 1;
            for (ChartSeries s : chart.series()) {
                ChartPoint p = s.points().stream().filter(q -> c.equals(q.label())).findFirst().orElse(null);
                boolean bounds = hasIntervals(s);
                if (p == null) {
                    sheet.blank(row, col, Role.BODY);
                } else {
                    Value value = ChartValues.of(chart.y().scale(), p.y(), currency);
                    sheet.value(row, col, value, Role.BODY);
                    ys.get(chart.series().indexOf(s))[index] = ChartValues.number(value);
                }
                col++;
                if (bounds) {
                    bound(sheet, row, col++, chart, p == null ? null : p.low(), currency);
                    bound(sheet, row, col++, chart, p == null ? null : p.high(), currency);
                }
            }
            index++;
        }
        int lastRow = Math.max(firstRow, sheet.nextRowIndex()) - 1;
        List<String> names = categories.stream().map(c -> SheetWriter.cellText(label(c, messages))).toList();
        return new Placement(true, captionRow, firstRow, lastRow, valueColumns, List.of(), 0, 0, column - 1,
                new Cached(names, List.of(), ys));
    }

    private static Placement points(SheetWriter sheet, Chart chart, Messages messages, Currency currency,
            int captionRow) {
        boolean labels = chart.series().stream().flatMap(s -> s.points().stream()).anyMatch(p -> p.label() != null);
        boolean bounds = chart.series().stream().anyMatch(ChartBlock::hasIntervals);
        Row header = sheet.newRow();
        int column = 0;
        sheet.text(header, column++, messages.get("chart.column.series"), Role.HEADER);
        if (labels) {
            sheet.text(header, column++, messages.get("chart.column.label"), Role.HEADER);
        }
        int xColumn = column++;
        int yColumn = column++;
        sheet.text(header, xColumn, axisTitle(chart.x().labelKey(), "chart.column.x", messages), Role.HEADER);
        sheet.text(header, yColumn, axisTitle(chart.y().labelKey(), "chart.column.y", messages), Role.HEADER);
        if (bounds) {
            String y = axisTitle(chart.y().labelKey(), "chart.column.y", messages);
            sheet.text(header, column++, messages.format("chart.column.low", List.of(y)), Role.HEADER);
            sheet.text(header, column++, messages.format("chart.column.high", List.of(y)), Role.HEADER);
        }
        int firstRow = sheet.nextRowIndex();
        List<int[]> seriesRows = new ArrayList<>();
        List<Double[]> xs = new ArrayList<>();
        List<Double[]> ys = new ArrayList<>();
        for (ChartSeries s : chart.series()) {
            int start = sheet.nextRowIndex();
            Double[] x = new Double[s.points().size()];
            Double[] y = new Double[s.points().size()];
            xs.add(x);
            ys.add(y);
            int index = 0;
            for (ChartPoint p : s.points()) {
                Row row = sheet.newRow();
                int col = 0;
                sheet.text(row, col++, label(s.name(), messages), Role.BODY);
                if (labels) {
                    sheet.text(row, col++, p.label() == null ? "" : label(p.label(), messages), Role.BODY);
                }
                Value xValue = ChartValues.of(chart.x().scale(), p.x(), currency);
                Value yValue = ChartValues.of(chart.y().scale(), p.y(), currency);
                sheet.value(row, xColumn, xValue, Role.BODY);
                sheet.value(row, yColumn, yValue, Role.BODY);
                x[index] = ChartValues.number(xValue);
                y[index] = ChartValues.number(yValue);
                index++;
                if (bounds) {
                    bound(sheet, row, yColumn + 1, chart, p.low(), currency);
                    bound(sheet, row, yColumn + 2, chart, p.high(), currency);
                }
            }
            seriesRows.add(new int[] {start, sheet.nextRowIndex() - 1});
        }
        int lastRow = Math.max(firstRow, sheet.nextRowIndex()) - 1;
        return new Placement(false, captionRow, firstRow, lastRow, List.of(), seriesRows, xColumn, yColumn, column - 1,
                new Cached(List.of(), xs, ys));
    }

    private static void bound(SheetWriter sheet, Row row, int column, Chart chart, java.math.BigDecimal value,
            Currency currency) {
        if (value == null) {
            sheet.blank(row, column, Role.BODY);
        } else {
            sheet.value(row, column, ChartValues.of(chart.y().scale(), value, currency), Role.BODY);
        }
    }

    private static String axisTitle(String key, String fallback, Messages messages) {
        return messages.get(key.isEmpty() ? fallback : key);
    }

    static String label(Label label, Messages messages) {
        return label.isKey() ? messages.get(label.key()) : label.literal();
    }

    private static boolean hasIntervals(ChartSeries series) {
        return series.points().stream().anyMatch(p -> p.low() != null);
    }
}
