package org.salesaudit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the example workbook {@code examples/acme-sales.xlsx}: two years of sales data of the
 * fictitious "Acme Analytics", identical byte for byte on every run.
 *
 * <p>Usage: {@code ExampleWorkbookGenerator <output.xlsx>}.
 */
public final class ExampleWorkbookGenerator {

    private ExampleWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ExampleWorkbookGenerator <output.xlsx>");
        }
        Path output = Path.of(args[0]).toAbsolutePath().normalize();
        GeneratedWorkbook workbook = generate();
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.write(output, workbook.bytes());
        System.out.println(summary(output, workbook));
    }

    /** Generates the example workbook from the documented seed. */
    public static GeneratedWorkbook generate() {
        return generate(DataWindow.SEED);
    }

    static GeneratedWorkbook generate(long seed) {
        try {
            AcmeDataset data = AcmeDataset.generate(seed);
            DirtyCells dirty = DirtyCells.choose(data.deals());
            WorkbookWriter.Written written = WorkbookWriter.write(data, dirty);
            return new GeneratedWorkbook(ReproducibleZip.normalize(written.bytes()), written.rowCounts(),
                    dirty.cells());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(Path output, GeneratedWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Wrote %s (%,d bytes, seed %d)%n", output, workbook.bytes().length,
                DataWindow.SEED));
        for (Map.Entry<String, Integer> sheet : workbook.rowCounts().entrySet()) {
            text.append(String.format(Locale.ROOT, "  %-13s %,7d rows%n", sheet.getKey(), sheet.getValue()));
        }
        text.append("Dirty cells:").append(System.lineSeparator());
        for (DirtyCell cell : workbook.dirtyCells()) {
            text.append(String.format(Locale.ROOT, "  %-16s %-8s %-18s %s%n", cell.reference(), cell.dealId(),
                    cell.written(), cell.meaning()));
        }
        return text.toString();
    }
}
