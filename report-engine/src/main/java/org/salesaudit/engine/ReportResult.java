package org.salesaudit.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.salesaudit.report.ReportModel;

/**
 * What a run produced.
 *
 * @param outputDirectory the directory the files were moved into
 * @param files           the files written, results.json last
 * @param model           the report model they were rendered from
 */
public record ReportResult(Path outputDirectory, List<Path> files, ReportModel model) {

    public ReportResult {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        files = List.copyOf(files);
        Objects.requireNonNull(model, "model");
    }
}
