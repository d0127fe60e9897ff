package org.salesaudit.render.xlsx;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.salesaudit.render.Messages;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;
import org.salesaudit.report.ChartSeries;

/**
 * A native Excel chart over the data a {@link ChartBlock} wrote: clustered columns for bars,
 * horizontal bars for funnels, lines over categories, and scatter charts (with lines for LINE and
 * STEP) over numbers. Its series refer to the cells, so the chart follows edits of the data, and
 * carry the values as caches, which a streaming sheet cannot be read back for.
 */
final class NativeChart {

    /** The chart's size in cells. */
    static final int COLUMNS = 9;
    static final int ROWS = 18;

    private NativeChart() {
    }

    /** Draws the chart beside the data; @return the first row below it */
    static int draw(XSSFSheet sheet, Chart source, ChartBlock.Placement data, Messages messages) {
        int firstColumn = Math.max(data.lastColumn() + 2, 4);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstColumn, data.captionRow(),
                firstColumn + COLUMNS, data.captionRow() + ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(messages.get(source.titleKey()));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        if (data.categorical()) {
            categorical(sheet, chart, source, data, messages);
        } else {
            points(sheet, chart, source, data, messages);
        }
        pinLanguage(chart, messages.locale().toLanguageTag());
        return data.captionRow() + ROWS + 1;
    }

    private static void categorical(XSSFSheet sheet, XSSFChart chart, Chart source, ChartBlock.Placement data,
            Messages messages) {
        XDDFCategoryAxis x = chart.createCategoryAxis(source.kind() == ChartKind.FUNNEL ? AxisPosition.LEFT
                : AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(source.kind() == ChartKind.FUNNEL ? AxisPosition.BOTTOM
                : AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        titles(x, y, source, messages);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                data.cached().categories().toArray(new String[0]),
                reference(sheet, data.firstRow(), data.lastRow(), 0));
        boolean bars = source.kind() == ChartKind.BAR || source.kind() == ChartKind.FUNNEL;
        XDDFChartData plot = chart.createData(bars ? ChartTypes.BAR : ChartTypes.LINE, x, y);
        plot.setVaryColors(false);
        if (plot instanceof XDDFBarChartData barData) {
            barData.setBarDirection(source.kind() == ChartKind.FUNNEL ? BarDirection.BAR : BarDirection.COL);
        }
        List<ChartSeries> series = source.series();
        for (int i = 0; i < series.size(); i++) {
            int column = data.seriesColumns().get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(data.cached().ys().get(i),
                    reference(sheet, data.firstRow(), data.lastRow(), column));
            XDDFChartData.Series s = plot.addSeries(categories, values);
            s.setTitle(ChartBlock.label(series.get(i).name(), messages), null);
            if (plot instanceof XDDFLineChartData && series.get(i).dashed()) {
                s.setLineProperties(dashed());
            }
            if (source.kind() == ChartKind.FUNNEL) {
                break;
            }
        }
        chart.plot(plot);
    }

    private static void points(XSSFSheet sheet, XSSFChart chart, Chart source, ChartBlock.Placement data,
            Messages messages) {
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        titles(x, y, source, messages);
        XDDFScatterChartData plot = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        boolean markersOnly = source.kind() == ChartKind.SCATTER;
        plot.setStyle(markersOnly ? ScatterStyle.MARKER : ScatterStyle.LINE_MARKER);
        plot.setVaryColors(false);
        for (int i = 0; i < source.series().size(); i++) {
            int[] rows = data.seriesRows().get(i);
            if (rows[1] < rows[0]) {
                continue;
            }
            XDDFNumericalDataSource<Double> xs = XDDFDataSourcesFactory.fromArray(data.cached().xs().get(i),
                    reference(sheet, rows[0], rows[1], data.xColumn()));
            XDDFNumericalDataSource<Double> ys = XDDFDataSourcesFactory.fromArray(data.cached().ys().get(i),
                    reference(sheet, rows[0], rows[1], data.yColumn()));
            XDDFScatterChartData.Series s = (XDDFScatterChartData.Series) plot.addSeries(xs, ys);
            s.setTitle(ChartBlock.label(source.series().get(i).name(), messages), null);
            s.setSmooth(false);
            if (markersOnly) {
                s.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
            } else if (source.series().get(i).dashed()) {
                s.setLineProperties(dashed());
            }
        }
        chart.plot(plot);
    }

    /**
     * Sets the language of every text run (titles) to the report's: POI takes the JVM's default
     * locale, which would make the file depend on the machine.
     */
    static void pinLanguage(XSSFChart chart, String languageTag) {
        XmlObject[] runs = chart.getCTChartSpace().selectPath(
                "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:rPr");
        for (XmlObject run : runs) {
            try (XmlCursor cursor = run.newCursor()) {
                cursor.setAttributeText(new QName("lang"), languageTag);
            }
        }
    }

    /** @return e.g. {@code 'Sales effectiveness'!$B$5:$B$9} */
    private static String reference(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }

    private static void titles(XDDFChartAxis x, XDDFChartAxis y, Chart source, Messages messages) {
        if (!source.x().labelKey().isEmpty()) {
            x.setTitle(messages.get(source.x().labelKey()));
        }
        if (!source.y().labelKey().isEmpty()) {
            y.setTitle(messages.get(source.y().labelKey()));
        }
    }

    private static XDDFLineProperties dashed() {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        line.setWidth(2.0);
        return line;
    }
}
