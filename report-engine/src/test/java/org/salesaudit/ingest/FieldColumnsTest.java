package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesaudit.model.Dataset;

class FieldColumnsTest {

    @Test
    void answersAsTheBindingDoesForManyFieldsAskedInAnyOrderAndSpelling() {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, List<Integer>> fallbacks = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            columns.put("field_" + i, i * 2);
        }
        fallbacks.put("field_3", List.of(7, 9));
        SheetBinding binding = new SheetBinding(Dataset.DEALS, "f.xlsx", "Deals", 1, columns, fallbacks,
                List.of(), Map.of(), 0, SheetBinding.LAST_COLUMN);
        FieldColumns fields = new FieldColumns(binding);

        List<String> asked = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 120; i++) {
                // a new String each time: found by equality, not only by identity
                asked.add(new String("field_" + ((i * 37 + round) % 120)));
            }
        }
        for (String field : asked) {
            assertEquals(binding.column(field).orElse(-1), fields.column(field), field);
            assertArrayEquals(binding.fallbackColumns(field).stream().mapToInt(Integer::intValue).toArray(),
                    fields.fallbacks(field), field);
        }
        // the same fields in the same order on every row, as a mapper asks for them, then in another order
        for (int row = 0; row < 3; row++) {
            for (String field : List.of("field_3", "field_0", "field_9", "field_0", "field_200")) {
                assertEquals(binding.column(field).orElse(-1), fields.column(field), field);
            }
        }
        for (String field : List.of("field_9", "field_3", "field_9", "field_3")) {
            assertEquals(binding.column(field).orElse(-1), fields.column(field), field);
        }
        assertEquals(6, fields.column("field_3"));
        assertArrayEquals(new int[] {7, 9}, fields.fallbacks("field_3"));
        assertEquals(-1, fields.column("field_110"));
    }
}
