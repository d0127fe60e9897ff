package org.salesaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.salesaudit.model.Dataset;

/**
 * Which headers and sheet names mean which field, for CRM exports and five languages. The aliases are
 * data ({@code header-aliases.properties}), not code; a user's {@link ColumnMapping} comes first.
 */
final class HeaderAliases {

    private static final String RESOURCE = "header-aliases.properties";

    private final Map<Dataset, List<String>> sheetNames;
    /** Names of sheets this version does not read: never recognised by their headers. */
    private final List<String> reservedSheetNames;
    /** Per dataset: normalised header to field name, in priority order. */
    private final Map<Dataset, Map<String, String>> fieldByHeader;
    /** Per dataset and field: the aliases as written, for error messages. */
    private final Map<Dataset, Map<String, List<String>>> displayAliases;

    private final ColumnMapping mapping;

    private HeaderAliases(Map<Dataset, List<String>> sheetNames, List<String> reservedSheetNames,
            Map<Dataset, Map<String, String>> fieldByHeader, Map<Dataset, Map<String, List<String>>> displayAliases,
            ColumnMapping mapping) {
        this.mapping = mapping;
        this.sheetNames = sheetNames;
        this.reservedSheetNames = reservedSheetNames;
        this.fieldByHeader = fieldByHeader;
        this.displayAliases = displayAliases;
    }

    /** @return the built-in aliases, overridden by {@code mapping} */
    static HeaderAliases load(ColumnMapping mapping) {
        Properties builtIn = new Properties();
        try (InputStream in = HeaderAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            builtIn.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Dataset, List<String>> sheets = new EnumMap<>(Dataset.class);
        Map<Dataset, Map<String, String>> fields = new EnumMap<>(Dataset.class);
        Map<Dataset, Map<String, List<String>>> display = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Schema.READABLE) {
            String prefix = Schema.prefix(dataset) + ".";
            List<String> names = new ArrayList<>();
            mapping.sheetName(dataset).ifPresent(names::add);
            names.addAll(split(builtIn.getProperty(prefix + "sheet", dataset.sheetName())));
            sheets.put(dataset, names.stream().map(HeaderText::normalize).toList());

            Map<String, String> byHeader = new LinkedHashMap<>();
            Map<String, List<String>> shown = new LinkedHashMap<>();
            // mapped headers first, so that they win over built-in aliases
            for (FieldSpec field : Schema.fields(dataset)) {
                mapping.header(dataset, field.name())
                        .ifPresent(h -> byHeader.putIfAbsent(HeaderText.normalize(h), field.name()));
            }
            for (FieldSpec field : Schema.fields(dataset)) {
                List<String> aliases = new ArrayList<>();
                mapping.header(dataset, field.name()).ifPresent(aliases::add);
                aliases.addAll(split(builtIn.getProperty(prefix + field.name(), field.name())));
                for (String alias : aliases) {
                    byHeader.putIfAbsent(HeaderText.normalize(alias), field.name());
                }
                shown.put(field.name(), List.copyOf(aliases));
            }
            fields.put(dataset, byHeader);
            display.put(dataset, shown);
        }
        List<String> reserved = split(builtIn.getProperty("reserved.sheet", "")).stream()
                .map(HeaderText::normalize).toList();
        return new HeaderAliases(sheets, reserved, fields, display, mapping);
    }

    /** @return the mapping file's rule for the slashed text dates of a column, if it sets one */
    Optional<DateOrder> dateOrder(Dataset dataset, String field) {
        return mapping.dateOrder(dataset, field);
    }

    /** @return whether {@code sheetName} is one of the names of {@code dataset} */
    boolean isSheetOf(Dataset dataset, String sheetName) {
        return sheetNames.get(dataset).contains(HeaderText.normalize(sheetName));
    }

    /** @return whether {@code sheetName} names a table this version does not read (e.g. Commission Plans) */
    boolean isReservedSheet(String sheetName) {
        return reservedSheetNames.contains(HeaderText.normalize(sheetName));
    }

    /** @return the field of {@code dataset} that {@code header} names, if any */
    Optional<String> fieldFor(Dataset dataset, String header) {
        return Optional.ofNullable(fieldByHeader.get(dataset).get(HeaderText.normalize(header)));
    }

    /** @return the aliases of a field as written, canonical name first (for error messages) */
    List<String> aliasesOf(Dataset dataset, String field) {
        return displayAliases.get(dataset).getOrDefault(field, List.of(field));
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
