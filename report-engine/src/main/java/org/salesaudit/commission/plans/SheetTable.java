package org.salesaudit.commission.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;

/**
 * One plan sheet read as a table: the first non-empty row is the header, headers match ignoring case,
 * spaces and punctuation ({@code %} reads as "pct"). Cell values are read with their problems reported
 * as errors naming the cell; a value that cannot be read comes back as null.
 */
final class SheetTable {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    /** Other headers accepted for a column (normalized): "Rep ID" for "Rep". */
    private static final Map<String, List<String>> ALIASES = Map.of("rep", List.of("repid"));

    private final String file;
    private final String sheet;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, String> headerTexts = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final ProblemLog problems;

    private SheetTable(String file, String sheet, ProblemLog problems) {
        this.file = file;
        this.sheet = sheet;
        this.problems = problems;
    }

    static SheetTable read(String file, Sheet poiSheet, ProblemLog problems) {
        SheetTable table = new SheetTable(file, poiSheet.getSheetName(), problems);
        boolean header = true;
        for (Row row : poiSheet) {
            if (isBlank(row)) {
                continue;
            }
            if (header) {
                for (Cell cell : row) {
                    String text = FORMATTER.formatCellValue(cell).strip();
                    if (!text.isEmpty()) {
                        table.columns.putIfAbsent(normalize(text), cell.getColumnIndex());
                        table.headerTexts.putIfAbsent(normalize(text), text);
                    }
                }
                ALIASES.forEach((canonical, others) -> others.stream().filter(table.columns::containsKey).findFirst()
                        .ifPresent(other -> {
                            table.columns.putIfAbsent(canonical, table.columns.get(other));
                            table.headerTexts.putIfAbsent(canonical, table.headerTexts.get(other));
                        }));
                header = false;
            } else {
                table.rows.add(row);
            }
        }
        return table;
    }

    /** @return the header key of a column title: lower case letters and digits, {@code %} as "pct" */
    static String normalize(String header) {
        String plain = Normalizer.normalize(header.replace("%", " pct "), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    String file() {
        return file;
    }

    String sheet() {
        return sheet;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Checks that the header names every required column.
     *
     * @return whether they are all there (otherwise an error naming the sheet was reported)
     */
    boolean requireColumns(String... names) {
        boolean ok = true;
        for (String name : names) {
            if (!columns.containsKey(normalize(name))) {
                problems.report(Problem.error("commission.missing_column", new CellLocation(file, sheet, "row 1", null),
                        "a column \"" + name + "\" in the header row", String.join(", ", headerTexts.values()),
                        "sheet not used"));
                ok = false;
            }
        }
        return ok;
    }

    boolean has(String column) {
        return columns.containsKey(normalize(column));
    }

    SourceRef source(Row row) {
        return new SourceRef(file, sheet, row.getRowNum() + 1);
    }

    /** @return where a column of a row is, e.g. {@code plans.xlsx, sheet Tiers, cell C4 (From %)} */
    CellLocation at(Row row, String column) {
        Integer index = columns.get(normalize(column));
        if (index == null) {
            return new CellLocation(file, sheet, "row " + (row.getRowNum() + 1), column);
        }
        return new CellLocation(file, sheet, new CellReference(row.getRowNum(), index).formatAsString(false), column);
    }

    private Cell cell(Row row, String column) {
        Integer index = columns.get(normalize(column));
        if (index == null) {
            return null;
        }
        Cell cell = row.getCell(index);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.BLANK || (type == CellType.STRING && cell.getStringCellValue().isBlank()) ? null : cell;
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    boolean isBlank(Row row, String column) {
        return cell(row, column) == null;
    }

    /** @return the text of the cell (numbers without decimals as integers), or null when blank */
    String text(Row row, String column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        if (type(cell) == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return FORMATTER.formatCellValue(cell).strip();
    }

    /** @return the text of a required cell, or null after reporting it missing */
    String requiredText(Row row, String column, String expected) {
        String text = text(row, column);
        if (text == null) {
            error(row, column, expected, "");
        }
        return text;
    }

    /** @return the number, as {@link #number}; a blank cell is an error expecting {@code expected} */
    BigDecimal requiredNumber(Row row, String column, String expected) {
        return required(number(row, column, expected), row, column, expected);
    }

    /** @return the percentage, as {@link #percent}; a blank cell is an error expecting {@code expected} */
    BigDecimal requiredPercent(Row row, String column, String expected) {
        return required(percent(row, column, expected), row, column, expected);
    }

    /** @return the date, as {@link #date}; a blank cell is an error expecting {@code expected} */
    LocalDate requiredDate(Row row, String column, String expected) {
        return required(date(row, column), row, column, expected);
    }

    /** A value that could not be read was reported by its reader; a blank cell is reported here. */
    private <T> T required(T value, Row row, String column, String expected) {
        if (value == null && isBlank(row, column)) {
            error(row, column, expected, "");
        }
        return value;
    }

    /** @return a number (plain digits with an optional decimal point), or null when blank or unreadable */
    BigDecimal number(Row row, String column, String expected) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        if (type(cell) == CellType.NUMERIC) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue()));
        }
        String text = FORMATTER.formatCellValue(cell).strip();
        try {
            return new BigDecimal(text.replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            error(row, column, expected, text);
            return null;
        }
    }

    /**
     * @return a percentage as a fraction: a cell formatted as a percentage keeps its value (10 % is 0.1);
     *         a plain number or text is read in percent ({@code 10} and {@code "10%"} are both 0.1)
     */
    BigDecimal percent(Row row, String column, String expected) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        if (type(cell) == CellType.NUMERIC) {
            BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()));
            String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
            return format != null && format.contains("%") ? value.stripTrailingZeros()
                    : value.divide(BigDecimal.valueOf(100)).stripTrailingZeros();
        }
        String text = FORMATTER.formatCellValue(cell).strip().replace("%", "").replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(text).divide(BigDecimal.valueOf(100)).stripTrailingZeros();
        } catch (NumberFormatException e) {
            error(row, column, expected, FORMATTER.formatCellValue(cell));
            return null;
        }
    }

    /** @return a date cell or ISO text ({@code 2026-10-01}), or null when blank or unreadable */
    LocalDate date(Row row, String column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        if (type(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = FORMATTER.formatCellValue(cell).strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(row, column, "a date (a date cell or YYYY-MM-DD)", text);
            return null;
        }
    }

    /** @return a whole number, or null when blank or unreadable */
    Integer integer(Row row, String column, String expected) {
        BigDecimal n = number(row, column, expected);
        if (n == null) {
            return null;
        }
        try {
            return n.setScale(0, RoundingMode.UNNECESSARY).intValueExact();
        } catch (ArithmeticException e) {
            error(row, column, expected, n.toPlainString());
            return null;
        }
    }

    void error(Row row, String column, String expected, String found) {
        problems.report(Problem.error("commission.bad_cell", at(row, column), expected, found, "no statements"));
    }

    private static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (type(cell) != CellType.BLANK && !FORMATTER.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
