package org.salesaudit.commission.statements;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * File names of the statements: {@code statement-<rep id>} with every character other than letters,
 * digits, dot, hyphen and underscore replaced by {@code _}; a name taken twice gets {@code -2},
 * {@code -3}, … in rep order.
 */
public final class StatementFileNames {

    private StatementFileNames() {
    }

    /** @return the base name (without extension) of each rep id, in the given order */
    public static Map<String, String> of(List<String> repIds) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : repIds) {
            String base = "statement-" + id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            names.put(id, name);
        }
        return names;
    }
}
