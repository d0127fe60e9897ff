package org.salesaudit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the example finance workbooks into a directory: {@value #WORKBOOK} (the data as of the
 * October 2026 run) and {@value #CORRECTED} (the same after two corrections, for the rerun
 * comparison), identical byte for byte on every run.
 *
 * <p>Usage: {@code FinanceWorkbookGenerator <directory>}.
 */
public final class FinanceWorkbookGenerator {

    /** The workbook of the October run. */
    public static final String WORKBOOK = "finance-2026.xlsx";
    /** The corrected workbook of the rerun. */
    public static final String CORRECTED = "finance-2026-corrected.xlsx";

    private FinanceWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FinanceWorkbookGenerator <directory>");
        }
        Path directory = Path.of(args[0]).toAbsolutePath().normalize();
        Files.createDirectories(directory);
        GeneratedWorkbook workbook = generate();
        GeneratedWorkbook corrected = generateCorrected();
        Files.write(directory.resolve(WORKBOOK), workbook.bytes());
        Files.write(directory.resolve(CORRECTED), corrected.bytes());
        System.out.println(summary(directory.resolve(WORKBOOK), workbook));
        System.out.println(summary(directory.resolve(CORRECTED), corrected));
    }

    /** The workbook of the October run, from the documented seed. */
    public static GeneratedWorkbook generate() {
        return write(FinanceDataset.generate(FinanceDataset.SEED));
    }

    /** The corrected workbook of the rerun. */
    public static GeneratedWorkbook generateCorrected() {
        return write(FinanceDataset.generate(FinanceDataset.SEED).corrected());
    }

    private static GeneratedWorkbook write(FinanceDataset data) {
        try {
            return FinanceWorkbookWriter.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(Path output, GeneratedWorkbook workbook) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Wrote %s (%,d bytes, seed %d)%n", output,
                workbook.bytes().length, FinanceDataset.SEED));
        for (Map.Entry<String, Integer> sheet : workbook.rowCounts().entrySet()) {
            text.append(String.format(Locale.ROOT, "  %-17s %,6d rows%n", sheet.getKey(), sheet.getValue()));
        }
        return text.toString();
    }
}
