package org.salesaudit.commission.diff;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import org.salesaudit.commission.register.RegisterLayout;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

/**
 * The payout register of a previous run ({@code --previous FILE}): its month and its credited lines,
 * read from the credited-lines sheet by position. The file is opened read-only.
 */
public record PreviousRegister(String file, YearMonth month, List<PreviousLine> lines) {

    public PreviousRegister {
        lines = List.copyOf(lines);
    }

    private static final String EXPECTED = "a payout register written by salesaudit commissions "
            + "(its second sheet lists the credited lines)";

    /**
     * @param scale the currency's scale amounts are rounded to
     * @throws InvalidInputException the file is not a payout register (naming the cell that is not)
     */
    public static PreviousRegister read(Path path, int scale) throws IOException, InvalidInputException {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file");
        }
        try (InputStream in = Files.newInputStream(path); Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() <= RegisterLayout.LINES_SHEET) {
                throw invalid(CellLocation.ofFile(name), "one sheet");
            }
            Sheet sheet = workbook.getSheetAt(RegisterLayout.LINES_SHEET);
            Optional<YearMonth> month = month(workbook.getSheetAt(RegisterLayout.PAYOUTS_SHEET));
            if (month.isEmpty()) {
                throw invalid(new CellLocation(name, workbook.getSheetName(RegisterLayout.PAYOUTS_SHEET), "B2", null),
                        "no month in YYYY-MM form");
            }
            List<PreviousLine> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String rep = text(row, RegisterLayout.LINE_REP);
                String kind = text(row, RegisterLayout.LINE_KIND);
                if (rep.isEmpty() || !(RegisterLayout.KIND_DEAL.equals(kind) || RegisterLayout.KIND_CLAWBACK.equals(kind)
                        || RegisterLayout.KIND_ADJUSTMENT.equals(kind))) {
                    throw invalid(new CellLocation(name, sheet.getSheetName(),
                            new CellReference(row.getRowNum(), RegisterLayout.LINE_KIND).formatAsString(false), null),
                            "\"" + kind + "\" where deal, clawback or adjustment was expected");
                }
                if (RegisterLayout.KIND_ADJUSTMENT.equals(kind)) {
                    continue;
                }
                BigDecimal earned = number(row, RegisterLayout.LINE_COMMISSION, scale)
                        .add(number(row, RegisterLayout.LINE_SPIF, scale));
                lines.add(new PreviousLine(rep, text(row, RegisterLayout.LINE_DEAL), kind,
                        number(row, RegisterLayout.LINE_CREDIT, scale), earned, text(row, RegisterLayout.LINE_PLAN)));
            }
            return new PreviousRegister(name, month.get(), lines);
        } catch (InvalidInputException | IOException e) {
            throw e;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw invalid(CellLocation.ofFile(name), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Optional<YearMonth> month(Sheet payouts) {
        Row row = payouts.getRow(1);
        Cell cell = row == null ? null : row.getCell(1);
        if (cell == null || cell.getCellType() != CellType.STRING) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(cell.getStringCellValue().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
    }

    private static BigDecimal number(Row row, int column, int scale) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return new BigDecimal(Double.toString(cell.getNumericCellValue())).setScale(scale, RoundingMode.HALF_UP);
    }

    private static InvalidInputException invalid(CellLocation at, String found) {
        return new InvalidInputException(Problem.error("commission.previous_not_a_register", at, EXPECTED, found,
                "no statements"));
    }
}
