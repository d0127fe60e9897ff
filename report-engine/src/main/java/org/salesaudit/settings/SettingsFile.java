package org.salesaudit.settings;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;

/**
 * The user's settings file ({@code --settings FILE}): a UTF-8 properties file whose keys are grouped
 * by area ({@code audit.*}, {@code forecast.*}, {@code commissions.*}), documented in
 * docs/settings.md. Each area reads its own keys with the typed getters, which default to the
 * documented values; {@link #checkAllKeysKnown()} then refuses keys nobody read (a typo must not be
 * silently ignored). Not thread-safe; read it once per run.
 */
public final class SettingsFile {

    private final String fileName;
    private final Map<String, String> values;
    private final Set<String> read = Collections.synchronizedSet(new TreeSet<>());

    private SettingsFile(String fileName, Map<String, String> values) {
        this.fileName = fileName;
        this.values = Map.copyOf(values);
    }

    /** @return settings where every key takes its default */
    public static SettingsFile defaults() {
        return new SettingsFile("(defaults)", Map.of());
    }

    /** Reads a settings file. */
    public static SettingsFile read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> values = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k.strip(), p.getProperty(k).strip()));
        return new SettingsFile(file.getFileName().toString(), values);
    }

    /** @return the value of {@code key}, if set */
    public Optional<String> text(String key) {
        read.add(key);
        return Optional.ofNullable(values.get(key));
    }

    public String text(String key, String defaultValue) {
        return text(key).orElse(defaultValue);
    }

    public BigDecimal decimal(String key, BigDecimal defaultValue) throws InvalidInputException {
        return parsed(key, defaultValue, BigDecimal::new, "a decimal number such as 0.25");
    }

    public int integer(String key, int defaultValue) throws InvalidInputException {
        return parsed(key, defaultValue, Integer::valueOf, "a whole number");
    }

    public long longValue(String key, long defaultValue) throws InvalidInputException {
        return parsed(key, defaultValue, Long::valueOf, "a whole number");
    }

    private <T> T parsed(String key, T defaultValue, java.util.function.Function<String, T> parser, String expected)
            throws InvalidInputException {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            return parser.apply(v.get());
        } catch (NumberFormatException e) {
            throw invalid(key, expected, v.get());
        }
    }

    public boolean bool(String key, boolean defaultValue) throws InvalidInputException {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw invalid(key, "true or false", v.get());
        };
    }

    /**
     * @return every key under {@code prefix} (e.g. {@code audit.stage.}) with its value, in key order;
     *         all of them count as read
     */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k, v);
                read.add(k);
            }
        });
        return found;
    }

    /** @return a problem naming this file and key, for values an area finds invalid */
    public InvalidInputException invalid(String key, String expected, String found) {
        return new InvalidInputException(Problem.error("settings.invalid", new CellLocation(fileName, null, null, key),
                expected + " for " + key, found, "run stopped"));
    }

    /**
     * @throws InvalidInputException listing every key no area read (a typo, or a key of a later version)
     */
    public void checkAllKeysKnown() throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                problems.add(Problem.error("settings.unknown_key", new CellLocation(fileName, null, null, key),
                        "a setting documented in docs/settings.md", key, "run stopped"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
