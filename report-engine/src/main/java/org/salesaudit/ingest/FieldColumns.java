package org.salesaudit.ingest;

import java.util.List;

/**
 * The columns of a table's fields, looked up once per table instead of once per field and row: a small
 * open-addressing table indexed by the field name's hash (the mappers name their fields with constants, so
 * a name is mostly found by identity), filled from the {@link SheetBinding} on first use.
 */
final class FieldColumns {

    private static final int SLOTS = 64;
    private static final int[] NONE = {};

    private final SheetBinding binding;
    private final String[] fields = new String[SLOTS];
    private final int[] columns = new int[SLOTS];
    private final int[][] fallbacks = new int[SLOTS][];
    /** For each slot, the slot of the field asked for after it the last time. */
    private final int[] following = new int[SLOTS];
    private int last;
    private int next;

    FieldColumns(SheetBinding binding) {
        this.binding = binding;
    }

    /** @return the column of {@code field}, or -1 when the table has none */
    int column(String field) {
        int slot = slot(field);
        return slot >= 0 ? columns[slot] : binding.column(field).orElse(-1);
    }

    /** @return the further columns naming {@code field}, read in order where the first is blank */
    int[] fallbacks(String field) {
        int slot = slot(field);
        return slot >= 0 ? fallbacks[slot] : toArray(binding.fallbackColumns(field));
    }

    /**
     * @return the slot of {@code field}, filled on first use; -1 when every slot holds another field. A mapper
     *         asks for the same fields in the same order on every row: the field after the one asked last is
     *         tried first, by identity, before the table.
     */
    private int slot(String field) {
        int slot = next;
        if (fields[slot] != field) {
            slot = find(field);
            if (slot < 0) {
                return -1;
            }
            following[last] = slot;
        }
        last = slot;
        next = following[slot];
        return slot;
    }

    /** @return the slot of {@code field} in the table, filled on first use; -1 when every slot holds another field */
    private int find(String field) {
        int slot = field.hashCode() & (SLOTS - 1);
        for (int probe = 0; probe < SLOTS; probe++, slot = (slot + 1) & (SLOTS - 1)) {
            String known = fields[slot];
            if (known == field || (known != null && known.equals(field))) {
                return slot;
            }
            if (known == null) {
                columns[slot] = binding.column(field).orElse(-1);
                fallbacks[slot] = toArray(binding.fallbackColumns(field));
                fields[slot] = field;
                return slot;
            }
        }
        return -1;
    }

    private static int[] toArray(List<Integer> columns) {
        return columns.isEmpty() ? NONE : columns.stream().mapToInt(Integer::intValue).toArray();
    }
}
