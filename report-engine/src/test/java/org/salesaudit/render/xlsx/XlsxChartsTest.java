package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.salesaudit.render.chart.ChartFixtures;

/** The chart data and the native charts of the workbook, read back with POI. */
class XlsxChartsTest {

    private static XSSFSheet sheet(XSSFWorkbook workbook, String name) {
        XSSFSheet sheet = workbook.getSheet(name);
        assertTrue(sheet != null, "sheet " + name + " in " + Workbooks.sheetNames(workbook));
        return sheet;
    }

    /** @return the first row below {@code start} whose column A holds {@code text} */
    private static Row below(XSSFSheet sheet, Row start, String text) {
        for (int r = start.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row '" + text + "' below row " + (start.getRowNum() + 1));
    }

    @Test
    void categoricalChartDataHasOneRowPerCategoryAndOneColumnPerSeriesWithBounds() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.renderAndOpen(ChartFixtures.report(), Locale.ENGLISH)) {
            XSSFSheet pipeline = sheet(workbook, "Pipeline");
            Row caption = Workbooks.rowStartingWith(pipeline, "Chart data: Open pipeline by stage");
            Row header = pipeline.getRow(caption.getRowNum() + 1);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("Stage", "Value", "Weighted value", "Weighted value: lower bound",
                    "Weighted value: upper bound"), headers);
            Row trial = below(pipeline, caption, "Product trial");
            assertEquals(180_000, trial.getCell(1).getNumericCellValue());
            assertEquals(108_000, trial.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(88_000, trial.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(133_000, trial.getCell(4).getNumericCellValue(), 1e-9);
            assertTrue(trial.getCell(1).getCellStyle().getDataFormatString().contains("$"), "money format");
            Row discovery = below(pipeline, caption, "Discovery call");
            assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, discovery.getCell(3).getCellType(),
                    "no bound where the point has no interval");
        }
    }

    @Test
    void pointChartDataHasOneRowPerPointWithDatesAndLabels() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.renderAndOpen(ChartFixtures.report(), Locale.ENGLISH)) {
            XSSFSheet pipeline = sheet(workbook, "Pipeline");
            Row caption = Workbooks.rowStartingWith(pipeline, "Chart data: Bookings (won)");
            Row first = pipeline.getRow(caption.getRowNum() + 2);
            assertEquals("Bookings", first.getCell(0).getStringCellValue());
            assertEquals(LocalDate.of(2026, 1, 1), first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(82_000, first.getCell(2).getNumericCellValue());

            XSSFSheet effectiveness = sheet(workbook, "Sales effectiveness");
            Row maria = Workbooks.rowStartingWith(effectiveness, "Name");
            while (!"Maria Lopez".equals(maria.getCell(1).getStringCellValue())) {
                maria = effectiveness.getRow(maria.getRowNum() + 1);
            }
            assertEquals(300_000, maria.getCell(2).getNumericCellValue());
            assertEquals(1.18, maria.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", maria.getCell(3).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void everyChartIsANativeChartOverItsCells() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.renderAndOpen(ChartFixtures.report(), Locale.ENGLISH)) {
            List<XSSFChart> pipeline = sheet(workbook, "Pipeline").getDrawingPatriarch().getCharts();
            assertEquals(3, pipeline.size(), "bar, funnel and line");
            XSSFChart bar = pipeline.get(0);
            assertEquals("Open pipeline by stage", bar.getTitleText().getString());
            XDDFChartData bars = bar.getChartSeries().get(0);
            assertTrue(bars instanceof XDDFBarChartData, bars.getClass().getName());
            assertEquals(2, bars.getSeriesCount());
            assertEquals("Discovery call", bars.getSeries(0).getCategoryData().getPointAt(0));
            assertEquals(420_000.0, bars.getSeries(0).getValuesData().getPointAt(0));
            assertTrue(bars.getSeries(0).getValuesData().getDataRangeReference().startsWith("Pipeline!$B$"),
                    bars.getSeries(0).getValuesData().getDataRangeReference());

            XSSFChart line = pipeline.get(2);
            assertTrue(line.getChartSeries().get(0) instanceof XDDFScatterChartData, "a line over dates is a scatter with lines");
            assertEquals(2, line.getChartSeries().get(0).getSeriesCount());

            List<XSSFChart> effectiveness = sheet(workbook, "Sales effectiveness").getDrawingPatriarch().getCharts();
            assertEquals(2, effectiveness.size(), "scatter and step");
            assertEquals(4, effectiveness.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointCount());
        }
    }

    @Test
    void workbookWithChartsIsReproducibleAndItsFormulasStillEvaluate() throws Exception {
        byte[] first = Workbooks.render(ChartFixtures.report(), Locale.forLanguageTag("ar"));
        assertArrayEquals(first, Workbooks.render(ChartFixtures.report(), Locale.forLanguageTag("ar")));
        try (XSSFWorkbook workbook = Workbooks.open(first)) {
            assertTrue(Workbooks.assertCachedValuesMatchEvaluation(workbook) > 0);
        }
    }
}
