package org.salesaudit.ingest;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

import org.salesaudit.model.SalesData;
import org.salesaudit.report.InputFile;

/**
 * What ingestion produced: the typed data, the reporting currency, and how each input file and sheet
 * was used. The problems found are in the {@link org.salesaudit.problem.ProblemLog} passed in.
 */
public record Ingested(SalesData data, Currency currency, List<InputFile> inputs) {

    public Ingested {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(currency, "currency");
        inputs = List.copyOf(inputs);
    }
}
