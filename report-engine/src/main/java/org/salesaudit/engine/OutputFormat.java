package org.salesaudit.engine;

import java.util.Locale;
import java.util.Optional;

/** The report formats a run can produce. results.json is always written besides them. */
public enum OutputFormat {
    PDF("pdf"),
    XLSX("xlsx"),
    HTML("html");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file extension, also the name users type in {@code --format} */
    public String extension() {
        return extension;
    }

    /** @return the format named by {@code text} (case-insensitive), if any */
    public static Optional<OutputFormat> byName(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (f.extension.equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
