package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.Severity;

/**
 * Reads the typed fields of one data row, reporting a {@link Problem} for every value it had to
 * repair (warning) or could not read (error). A required field that cannot be read rejects the row;
 * an optional one is then treated as blank.
 */
final class RowReader {

    private final SheetBinding binding;
    private final int rowNumber;
    private final List<RawCell> cells;
    private final ProblemLog problems;
    private boolean rejected;

    /** Text values are the source's own form (CSV): reading them is not a repair. */
    private final boolean valuesAreText;

    private final ValuePool shared;
    private SourceRef source;

    private final FieldColumns fields;

    RowReader(SheetBinding binding, int rowNumber, List<RawCell> cells, ProblemLog problems, boolean valuesAreText,
            ValuePool shared) {
        this(binding, new FieldColumns(binding), rowNumber, cells, problems, valuesAreText, shared);
    }

    /** @param fields the columns of {@code binding}'s fields, shared by the rows of its table */
    RowReader(SheetBinding binding, FieldColumns fields, int rowNumber, List<RawCell> cells, ProblemLog problems,
            boolean valuesAreText, ValuePool shared) {
        this.fields = fields;
        this.shared = shared;
        this.valuesAreText = valuesAreText;
        this.binding = binding;
        this.rowNumber = rowNumber;
        this.cells = cells;
        this.problems = problems;
    }

    /** @return true once a required value could not be read: the row must be left out */
    boolean rejected() {
        return rejected;
    }

    /** @return a 64-bit digest of every cell of the row as shown: equal rows have equal digests */
    long fingerprint() {
        long h = 1125899906842597L;
        for (RawCell cell : cells) {
            if (cell.kind() == RawCell.Kind.NUMBER && NumberText.isExactWhole(cell.number())) {
                h = hashDigits(h, (long) cell.number());
            } else if (cell.kind() == RawCell.Kind.DATE && isPlainDay(cell.dateTime())) {
                h = hashDay(h, cell.dateTime());
            } else {
                String shown = cell.kind() == RawCell.Kind.NUMBER ? shared.plain(cell.number()) : cell.shown();
                for (int i = 0; i < shown.length(); i++) {
                    h = 31 * h + shown.charAt(i);
                }
            }
            h = 31 * h + 0x1F;
        }
        return h;
    }

    /** @return whether a date cell is shown as {@code yyyy-MM-dd}: midnight, in a four-digit year */
    private static boolean isPlainDay(LocalDateTime at) {
        return at.getHour() == 0 && at.getMinute() == 0 && at.getSecond() == 0 && at.getNano() == 0
                && at.getYear() >= 1000 && at.getYear() <= 9999;
    }

    /** @return {@code h} continued over the characters of the day as shown ({@code 2024-03-15}), without making that text */
    private static long hashDay(long h, LocalDateTime at) {
        h = hashDigits(h, at.getYear());
        h = 31 * h + '-';
        h = twoDigits(h, at.getMonthValue());
        h = 31 * h + '-';
        return twoDigits(h, at.getDayOfMonth());
    }

    private static long twoDigits(long h, int value) {
        h = 31 * h + ('0' + value / 10);
        return 31 * h + ('0' + value % 10);
    }

    /** @return {@code h} continued over the characters of {@code Long.toString(value)}, without making that text */
    private static long hashDigits(long h, long value) {
        if (value < 0) {
            h = 31 * h + '-';
        }
        long magnitude = Math.abs(value);
        long divisor = 1;
        while (divisor <= magnitude / 10) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            h = 31 * h + ('0' + (int) (magnitude / divisor % 10));
        }
        return h;
    }

    SheetBinding binding() {
        return binding;
    }

    SourceRef source() {
        if (source == null) {
            source = new SourceRef(binding.file(), binding.sheet(), rowNumber);
        }
        return source;
    }

    /** @return true when the row's cells in {@code columns} (every bound column of its table) are all blank */
    boolean isBlank(int[] columns) {
        for (int c : columns) {
            if (c < cells.size() && !cells.get(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    Optional<String> text(String field, boolean required) {
        RawCell cell = cell(field);
        return switch (cell.kind()) {
            case TEXT, BOOLEAN -> Optional.of(isIdentifier(field) ? cell.text() : shared.share(cell.text()));
            case NUMBER -> Optional.of(shared.plain(cell.number()));
            case DATE -> Optional.of(cell.shown());
            case ERROR -> fail(field, cell, required, "cell.formula_error", "a value, not a formula error");
            case BLANK -> missing(field, cell, required, "a value");
        };
    }

    /** Ids are distinct by nature: sharing them would only fill the pool. */
    private static boolean isIdentifier(String field) {
        return field.equals("id") || field.endsWith("_id");
    }

    Optional<BigDecimal> amount(String field, boolean required) {
        RawCell cell = cell(field);
        switch (cell.kind()) {
            case NUMBER:
                return Optional.of(shared.decimal(cell.number()));
            case TEXT:
                Optional<BigDecimal> parsed = CellParsers.amount(cell.text());
                if (parsed.isPresent()) {
                    warn(field, cell, "amount.text", "a number", "read as " + parsed.get().toPlainString());
                    return parsed;
                }
                return fail(field, cell, required, "amount.not_a_number", "an amount (a number)");
            case BLANK:
                return missing(field, cell, required, "an amount");
            case ERROR:
                return fail(field, cell, required, "cell.formula_error", "an amount, not a formula error");
            default:
                return fail(field, cell, required, "amount.not_a_number", "an amount (a number)");
        }
    }

    Optional<LocalDate> date(String field, boolean required) {
        return dateTime(field, required).map(at -> shared.share(at.toLocalDate()));
    }

    /** Reads a date with its time of day (midnight when the cell has none). */
    Optional<LocalDateTime> dateTime(String field, boolean required) {
        RawCell cell = cell(field);
        switch (cell.kind()) {
            case DATE:
                return Optional.of(cell.dateTime());
            case TEXT:
                CellParsers.DateText read = CellParsers.date(cell.text(), binding.dateOrder(field));
                if (read instanceof CellParsers.DateText.Read r) {
                    LocalDateTime at = r.date().atTime(CellParsers.timeOfDay(cell.text()));
                    warn(field, cell, "date.text", "a date cell",
                            "read as " + (at.toLocalTime().equals(LocalTime.MIDNIGHT) ? r.date() : at));
                    return Optional.of(at);
                }
                if (read instanceof CellParsers.DateText.Ambiguous) {
                    return fail(field, cell, required, "date.ambiguous",
                            "an unambiguous date (day and month could be either way round; use YYYY-MM-DD, or set "
                                    + Schema.prefix(binding.dataset()) + "." + field
                                    + ".dates = day-first or month-first in a --mapping file)");
                }
                return fail(field, cell, required, "date.invalid", binding.dateOrder(field) == null ? "a date"
                        : "a date written " + (binding.dateOrder(field) == DateOrder.DAY_FIRST ? "day" : "month")
                                + " first, as the mapping file says");
            case NUMBER:
                return fail(field, cell, required, "date.number",
                        "a date (the cell holds a number without a date format)");
            case BLANK:
                return missing(field, cell, required, "a date");
            case ERROR:
                return fail(field, cell, required, "cell.formula_error", "a date, not a formula error");
            default:
                return fail(field, cell, required, "date.invalid", "a date");
        }
    }

    /** Reads yes/no: a boolean cell, 1/0, or a word in one of five languages (Yes, Tak, Да, 예, نعم). */
    Optional<Boolean> bool(String field) {
        RawCell cell = cell(field);
        Optional<Boolean> value = switch (cell.kind()) {
            case BOOLEAN, TEXT -> CellParsers.bool(cell.text());
            case NUMBER -> cell.number() == 1 ? Optional.of(Boolean.TRUE)
                    : cell.number() == 0 ? Optional.of(Boolean.FALSE) : Optional.empty();
            default -> Optional.empty();
        };
        if (cell.isBlank() || value.isPresent()) {
            return value;
        }
        return fail(field, cell, false, "boolean.invalid", "yes or no (Yes/No, Tak/Nie, Да/Нет, 예/아니오, نعم/لا)");
    }

    /** Reads a count: a whole number of zero or more. */
    Optional<Long> count(String field) {
        RawCell cell = cell(field);
        Optional<BigDecimal> value = switch (cell.kind()) {
            case NUMBER -> Optional.of(NumberText.decimal(cell.number()));
            case TEXT -> CellParsers.amount(cell.text());
            default -> Optional.empty();
        };
        if (cell.isBlank()) {
            return Optional.empty();
        }
        if (value.isEmpty() || value.get().signum() < 0 || value.get().stripTrailingZeros().scale() > 0) {
            return fail(field, cell, false, "count.invalid", "a whole number of zero or more");
        }
        if (cell.kind() == RawCell.Kind.TEXT) {
            warn(field, cell, "number.text", "a number", "read as " + value.get().toPlainString());
        }
        try {
            return Optional.of(value.get().longValueExact());
        } catch (ArithmeticException e) {
            return fail(field, cell, false, "count.invalid", "a whole number of zero or more");
        }
    }

    /** Reads a probability as a fraction: 0.6, 60 (a percentage), "60%". */
    Optional<BigDecimal> probability(String field) {
        RawCell cell = cell(field);
        Optional<BigDecimal> value = switch (cell.kind()) {
            case NUMBER -> Optional.of(shared.decimal(cell.number()));
            case TEXT -> CellParsers.percent(cell.text());
            default -> Optional.empty();
        };
        if (cell.isBlank()) {
            return Optional.empty();
        }
        boolean writtenAsPercent = cell.kind() == RawCell.Kind.TEXT && cell.text().contains("%");
        if (!writtenAsPercent && value.isPresent() && value.get().compareTo(BigDecimal.ONE) > 0
                && value.get().compareTo(BigDecimal.valueOf(100)) <= 0) {
            value = Optional.of(value.get().movePointLeft(2));
        }
        if (value.isEmpty() || value.get().signum() < 0 || value.get().compareTo(BigDecimal.ONE) > 0) {
            return fail(field, cell, false, "probability.invalid", "a probability between 0 and 1 (or 0 % and 100 %)");
        }
        return value.map(shared::share);
    }

    Optional<Currency> currency(String field) {
        RawCell cell = cell(field);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        Optional<Currency> c = CellParsers.currency(cell.shown());
        return c.isPresent() ? c : fail(field, cell, false, "currency.unknown", "an ISO 4217 currency code such as USD");
    }

    /** Reports a problem about this row that is not about the format of one cell. */
    void problem(Severity severity, String code, String field, String expected, String found, String action)
            {
        if (severity == Severity.ERROR) {
            rejected = true;
        }
        problems.report(new Problem(severity, code, location(field, cell(field)), expected, found, action));
    }

    LocalDateTime dateTimeOrNull(String field) {
        RawCell cell = cell(field);
        return cell.kind() == RawCell.Kind.DATE ? cell.dateTime() : null;
    }

    private RawCell cell(String field) {
        int column = fields.column(field);
        if (column < 0) {
            return RawCell.blank("row " + rowNumber);
        }
        RawCell first = cellAt(column);
        if (first.isBlank()) {
            for (int fallback : fields.fallbacks(field)) {
                RawCell other = cellAt(fallback);
                if (!other.isBlank()) {
                    return other;
                }
            }
        }
        return first;
    }

    private RawCell cellAt(int c) {
        return c < cells.size() ? cells.get(c) : RawCell.blankAt(rowNumber - 1, c);
    }

    private <T> Optional<T> missing(String field, RawCell cell, boolean required, String expected)
            {
        if (required) {
            return fail(field, cell, true, "value.missing", expected);
        }
        return Optional.empty();
    }

    private <T> Optional<T> fail(String field, RawCell cell, boolean required, String code, String expected)
            {
        if (cell.isUncachedFormula()) {
            code = "cell.formula_uncached";
            expected = "a formula with a saved result (open the file in Excel and save it again)";
        }
        if (required) {
            rejected = true;
            problems.report(Problem.error(code, location(field, cell), expected, cell.shown(), "row left out"));
        } else {
            problems.report(Problem.warning(code, location(field, cell), expected, cell.shown(), "treated as blank"));
        }
        return Optional.empty();
    }

    private void warn(String field, RawCell cell, String code, String expected, String action)
            {
        if (valuesAreText) {
            return;
        }
        problems.report(Problem.warning(code, location(field, cell), expected, cell.shown(), action));
    }

    /** @return the location of a field's cell in this row, for problems found after reading */
    CellLocation location(String field) {
        return location(field, cell(field));
    }

    private CellLocation location(String field, RawCell cell) {
        String column = binding.has(field) ? binding.header(field) : field;
        if (binding.has(field) && !binding.fallbackColumns(field).isEmpty() && !cell.address().startsWith("row ")) {
            int c = new org.apache.poi.ss.util.CellReference(cell.address()).getCol();
            column = c < binding.headers().size() ? binding.headers().get(c) : column;
        }
        return new CellLocation(binding.file(), binding.sheet(), cell.address(), column);
    }
}
