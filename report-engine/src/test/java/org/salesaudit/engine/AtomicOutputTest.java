package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.render.Renderer;
import org.salesaudit.render.ReportOutput;
import org.salesaudit.report.ReportModel;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void aRendererFailingHalfWayLeavesTheOutputDirectoryAsItWas() throws Exception {
        Path workbook = TestWorkbooks.xlsx().sheet("Deals", TestWorkbooks.DEAL_HEADERS,
                TestWorkbooks.deal("D-1", "R1", null, java.time.LocalDate.of(2026, 1, 1), "Closed Won", 10, "Won"))
                .write(dir.resolve("in.xlsx"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("results.json"), "previous run");
        Files.writeString(out.resolve("notes.txt"), "the user's own file");
        Renderer failing = new Renderer() {
            @Override
            public OutputFormat format() {
                return OutputFormat.PDF;
            }

            @Override
            public void render(ReportModel model, Locale locale, ReportOutput output) throws IOException {
                try (OutputStream s = output.newFile("report.pdf")) {
                    s.write(new byte[] {1, 2, 3});
                }
                throw new IOException("disk full");
            }
        };
        ReportRequest request = ReportRequest.builder(List.of(workbook), out).build();

        IOException e = assertThrows(IOException.class, () -> new ReportEngine(List.of(failing)).generate(request));

        assertEquals("disk full", e.getMessage());
        assertEquals("previous run", Files.readString(out.resolve("results.json")));
        assertEquals("the user's own file", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.notExists(out.resolve("report.pdf")));
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of("in.xlsx", "out"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
