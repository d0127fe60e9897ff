package org.salesaudit.check;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.salesaudit.render.json.ResultsJson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * The {@code figures} of a results.json (docs/results-json.md), read back for checks. A figure is
 * either absent, present without a value ({@code null}: it cannot be computed from the data), a
 * number, or text (dates).
 */
public final class ResultsFigures {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final Path file;
    private final Map<String, JsonNode> figures;

    private ResultsFigures(Path file, Map<String, JsonNode> figures) {
        this.file = file;
        this.figures = Collections.unmodifiableMap(figures);
    }

    /**
     * Reads the figures of {@code file}.
     *
     * @throws IOException the file is missing or unreadable, is not JSON, has no {@code figures}
     *                     object, or has a newer {@code schema_version} than this version knows; the
     *                     message names the file
     */
    public static ResultsFigures read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "no results.json: run the audit first (it writes results.json into its output directory)");
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + " is not a results.json: expected a JSON object");
        }
        JsonNode version = root.get("schema_version");
        if (version == null || !version.canConvertToInt()) {
            throw new IOException(file + " is not a results.json: it has no schema_version");
        }
        if (version.intValue() > ResultsJson.SCHEMA_VERSION) {
            throw new IOException(file + " has schema_version " + version.intValue() + ", newer than this version of "
                    + "salesaudit reads (" + ResultsJson.SCHEMA_VERSION + "): check it with the same version that wrote it");
        }
        JsonNode figures = root.get("figures");
        if (figures == null || !figures.isObject()) {
            throw new IOException(file + " is not a results.json: it has no \"figures\" object");
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        figures.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
        return new ResultsFigures(file, values);
    }

    /** @return the file the figures were read from */
    public Path file() {
        return file;
    }

    /** @return every figure key, in file order */
    public Set<String> keys() {
        return figures.keySet();
    }

    /** @return whether results.json has the figure, with or without a value */
    public boolean has(String key) {
        return figures.containsKey(key);
    }

    /** @return whether the figure is present with the value {@code null} (not computable from the data) */
    public boolean hasNoValue(String key) {
        JsonNode v = figures.get(key);
        return v != null && v.isNull();
    }

    /** @return the figure as a number, if it is one */
    public Optional<BigDecimal> number(String key) {
        JsonNode v = figures.get(key);
        return v != null && v.isNumber() ? Optional.of(v.decimalValue()) : Optional.empty();
    }

    /** @return the figure as it appears in the file (e.g. {@code 2026-10-31}), if present */
    public Optional<String> text(String key) {
        JsonNode v = figures.get(key);
        return v == null ? Optional.empty() : Optional.of(v.isTextual() ? v.textValue() : v.toString());
    }
}
