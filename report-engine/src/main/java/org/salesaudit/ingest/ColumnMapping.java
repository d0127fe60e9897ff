package org.salesaudit.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.salesaudit.model.Dataset;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

/**
 * A consultant's mapping for one client's export: which sheet is which dataset and which header is
 * which field, when the built-in aliases do not recognise them. A UTF-8 properties file:
 *
 * <pre>
 * deals.sheet = Opportunities 2025
 * deals.amount = Opp value (EUR)
 * deals.owner = Account manager
 * quotas.period = Fiscal month
 * </pre>
 *
 * Keys are {@code <dataset>.sheet} or {@code <dataset>.<field>} with the fields of
 * docs/workbook-format.md; values are the exact sheet name or header text (case and accents ignored).
 */
public final class ColumnMapping {

    private static final ColumnMapping NONE = new ColumnMapping(Map.of());

    private final Map<String, String> entries;

    private ColumnMapping(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** @return a mapping that maps nothing: the built-in aliases alone */
    public static ColumnMapping none() {
        return NONE;
    }

    /**
     * Reads a mapping file.
     *
     * @throws InvalidInputException when a key names no dataset or field
     */
    public static ColumnMapping read(Path file) throws IOException, InvalidInputException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> entries = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String key : new TreeMap<>(toMap(p)).keySet()) {
            String normalizedKey = key.strip().toLowerCase(Locale.ROOT);
            if (!isKnownKey(normalizedKey)) {
                problems.add(Problem.error("mapping.unknown_key", CellLocation.ofFile(file.getFileName().toString()),
                        "a key like deals.amount or deals.sheet (" + knownKeys() + ")", key, "mapping not used"));
            } else {
                entries.put(normalizedKey, p.getProperty(key).strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ColumnMapping(entries);
    }

    Optional<String> sheetName(Dataset dataset) {
        return Optional.ofNullable(entries.get(Schema.prefix(dataset) + ".sheet"));
    }

    Optional<String> header(Dataset dataset, String field) {
        return Optional.ofNullable(entries.get(Schema.prefix(dataset) + "." + field));
    }

    private static boolean isKnownKey(String key) {
        for (Dataset dataset : Schema.READABLE) {
            String prefix = Schema.prefix(dataset) + ".";
            if (key.equals(prefix + "sheet")) {
                return true;
            }
            for (FieldSpec field : Schema.fields(dataset)) {
                if (key.equals(prefix + field.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String knownKeys() {
        List<String> keys = new ArrayList<>();
        for (Dataset dataset : Schema.READABLE) {
            String prefix = Schema.prefix(dataset) + ".";
            keys.add(prefix + "sheet");
            Schema.fields(dataset).forEach(f -> keys.add(prefix + f.name()));
        }
        return String.join(", ", keys);
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
