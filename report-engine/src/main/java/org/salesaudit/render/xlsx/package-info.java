/**
 * The XLSX renderer: {@link org.salesaudit.render.xlsx.XlsxRenderer} turns a
 * {@link org.salesaudit.report.ReportModel} into {@code report.xlsx}, a workbook with a summary sheet,
 * one sheet per produced section and a data-quality sheet.
 *
 * <p>What the workbook guarantees:
 * <ul>
 * <li>Values are typed cells (numbers with currency, percent, integer and date formats), never
 *     formatted text, so users can compute with them.</li>
 * <li>Each table has a total row with live {@code SUM} formulas (and the attainment ratio where a table
 *     has quota and bookings) whose cached values are what Excel computes, so viewers that do not
 *     recalculate show the right numbers.</li>
 * <li>Text from the user's data is never a formula: it is written as a string, and text that a
 *     spreadsheet would read as a formula on edit is quote-prefixed.</li>
 * <li>Each chart of a section: its data under a caption and a native Excel chart over those cells.</li>
 * <li>Memory stays bounded for large tables: sheets are written with POI's streaming writer (SXSSF),
 *     a few hundred rows in memory at a time.</li>
 * <li>The same model and locale give the same bytes: fixed document dates, fixed zip entry times, and
 *     column widths computed from the text rather than from installed fonts.</li>
 * </ul>
 *
 * <p>Everything but {@code XlsxRenderer} is package-private. The sheet writers use only the
 * {@code org.apache.poi.ss.usermodel} interfaces, write rows strictly in order and compute cached
 * formula values themselves, as the streaming workbook needs.
 */
package org.salesaudit.render.xlsx;
