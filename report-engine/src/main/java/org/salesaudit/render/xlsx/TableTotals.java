package org.salesaudit.render.xlsx;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.salesaudit.report.Column;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Which columns of a table are summed in its total row, and their sums. A column is summed when its
 * values are money of one currency or counts (empty cells allowed); ratios, quantities, dates and text
 * are not. Sums are computed like Excel's {@code SUM}: the stored doubles added top to bottom, so the
 * cached value equals what a spreadsheet recomputes.
 */
final class TableTotals {

    /** Keys of the columns whose total-row ratio is recomputed from the totals. */
    static final String QUOTA = "quota";
    static final String BOOKINGS = "bookings";
    static final String ATTAINMENT = "attainment";

    private final Table table;
    private final Value[] samples;
    private final double[] sums;

    private TableTotals(Table table) {
        this.table = table;
        int n = table.columns().size();
        this.samples = new Value[n];
        this.sums = new double[n];
        for (int column = 0; column < n; column++) {
            if (isSummable(table.rows(), column)) {
                samples[column] = firstValue(table.rows(), column);
                double sum = 0;
                for (List<Value> row : table.rows()) {
                    Value v = row.get(column);
                    if (!(v instanceof Value.NotAvailable)) {
                        sum += SheetWriter.number(v);
                    }
                }
                sums[column] = sum;
            }
        }
    }

    static TableTotals of(Table table) {
        return new TableTotals(table);
    }

    /** @return whether the table gets a total row: it has data rows and a summed column */
    boolean hasTotalRow() {
        if (table.rows().isEmpty()) {
            return false;
        }
        for (Value sample : samples) {
            if (sample != null) {
                return true;
            }
        }
        return false;
    }

    boolean isSummed(int column) {
        return samples[column] != null;
    }

    /** @return the cached value of the column's {@code SUM} */
    double sum(int column) {
        return sums[column];
    }

    /** @return the column's total as a value of the column's kind (for its format and width) */
    Value total(int column) {
        Value sample = samples[column];
        if (sample instanceof Value.Money m) {
            return new Value.Money(BigDecimal.valueOf(sums[column]), m.currency());
        }
        return new Value.Count((long) sums[column]);
    }

    /**
     * @return the indices of the quota, bookings and attainment columns when the table has all three
     *         and the first two are summed
     */
    Optional<int[]> attainmentColumns() {
        int quota = indexOf(QUOTA);
        int bookings = indexOf(BOOKINGS);
        int attainment = indexOf(ATTAINMENT);
        if (quota < 0 || bookings < 0 || attainment < 0 || !isSummed(quota) || !isSummed(bookings)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {quota, bookings, attainment});
    }

    private int indexOf(String key) {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSummable(List<List<Value>> rows, int column) {
        Value first = firstValue(rows, column);
        if (first == null) {
            return false;
        }
        for (List<Value> row : rows) {
            Value v = row.get(column);
            if (!(v instanceof Value.NotAvailable) && !sameKind(first, v)) {
                return false;
            }
        }
        return first instanceof Value.Money || first instanceof Value.Count;
    }

    private static boolean sameKind(Value a, Value b) {
        if (a instanceof Value.Money m && b instanceof Value.Money n) {
            Currency c = m.currency();
            return c.equals(n.currency());
        }
        return a.getClass() == b.getClass();
    }

    /** @return the first value of the column that is not {@link Value.NotAvailable}, or null */
    private static Value firstValue(List<List<Value>> rows, int column) {
        for (List<Value> row : rows) {
            if (!(row.get(column) instanceof Value.NotAvailable)) {
                return row.get(column);
            }
        }
        return null;
    }
}
