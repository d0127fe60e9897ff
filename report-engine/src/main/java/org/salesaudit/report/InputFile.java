package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/** An input file of the run: its name, the SHA-256 of its bytes, and how each of its sheets was used. */
public record InputFile(String name, String sha256, List<InputSheet> sheets) {

    public InputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        sheets = List.copyOf(sheets);
    }

    /** An input file whose sheets are not described. */
    public InputFile(String name, String sha256) {
        this(name, sha256, List.of());
    }
}
