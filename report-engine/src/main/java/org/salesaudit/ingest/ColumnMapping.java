package org.salesaudit.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
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
 * deals.close_date.dates = day-first
 * </pre>
 *
 * Keys are {@code <dataset>.sheet} or {@code <dataset>.<field>} with the fields of
 * docs/workbook-format.md; values are the exact sheet name or header text (case and accents ignored).
 * {@code <dataset>.<field>.dates} sets how the column's slashed text dates are read
 * ({@code day-first} or {@code month-first}); {@code csv.encoding} names the encoding of CSV files
 * (e.g. {@code windows-1251}) when detecting it is not good enough.
 */
public final class ColumnMapping {

    private static final String DATES_SUFFIX = ".dates";
    private static final String CSV_ENCODING = "csv.encoding";

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
            String value = p.getProperty(key).strip();
            if (normalizedKey.equals(CSV_ENCODING)) {
                if (charset(value).isEmpty()) {
                    problems.add(Problem.error("mapping.encoding", CellLocation.ofFile(file.getFileName().toString()),
                            "an encoding name such as windows-1251, EUC-KR or UTF-8 for " + key, value,
                            "mapping not used"));
                } else {
                    entries.put(normalizedKey, value);
                }
            } else if (normalizedKey.endsWith(DATES_SUFFIX)) {
                String field = normalizedKey.substring(0, normalizedKey.length() - DATES_SUFFIX.length());
                if (!isKnownKey(field)) {
                    problems.add(Problem.error("mapping.unknown_key", CellLocation.ofFile(file.getFileName().toString()),
                            "a date rule on a known column, such as deals.close_date.dates", key, "mapping not used"));
                } else if (DateOrder.parse(value).isEmpty()) {
                    problems.add(Problem.error("mapping.date_rule", CellLocation.ofFile(file.getFileName().toString()),
                            "day-first or month-first for " + key, value, "mapping not used"));
                } else {
                    entries.put(normalizedKey, value);
                }
            } else if (!isKnownKey(normalizedKey)) {
                problems.add(Problem.error("mapping.unknown_key", CellLocation.ofFile(file.getFileName().toString()),
                        "a key like deals.amount or deals.sheet (did you mean " + closestKey(normalizedKey)
                                + "? every key is listed in docs/workbook-format.md)", key, "mapping not used"));
            } else {
                entries.put(normalizedKey, value);
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

    /** @return the column's rule for slashed text dates, when the mapping sets one */
    Optional<DateOrder> dateOrder(Dataset dataset, String field) {
        return Optional.ofNullable(entries.get(Schema.prefix(dataset) + "." + field + DATES_SUFFIX))
                .flatMap(DateOrder::parse);
    }

    /** @return the encoding every CSV file is read in, when the mapping names one (else it is detected) */
    Optional<Charset> csvEncoding() {
        return Optional.ofNullable(entries.get(CSV_ENCODING)).flatMap(ColumnMapping::charset);
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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

    private static String closestKey(String key) {
        String best = "deals.amount";
        int bestDistance = Integer.MAX_VALUE;
        for (Dataset dataset : Schema.READABLE) {
            String prefix = Schema.prefix(dataset) + ".";
            List<String> keys = new ArrayList<>();
            keys.add(prefix + "sheet");
            Schema.fields(dataset).forEach(f -> keys.add(prefix + f.name()));
            for (String candidate : keys) {
                int d = editDistance(key, candidate);
                if (d < bestDistance) {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** Levenshtein distance: the fewest single-character edits turning {@code a} into {@code b}. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
