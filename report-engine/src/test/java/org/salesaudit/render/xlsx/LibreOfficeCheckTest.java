package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.render.Messages;
import org.salesaudit.report.SampleReports;

/**
 * A second reader besides POI: LibreOffice, when installed, must open the workbook and convert its
 * first sheet to CSV. Skipped when no {@code soffice} is on the PATH (it is not a build dependency).
 */
class LibreOfficeCheckTest {

    @Test
    void libreOfficeOpensTheWorkbook(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed");

        Path xlsx = dir.resolve("report.xlsx");
        Files.write(xlsx, Workbooks.render(SampleReports.complete(), Locale.ENGLISH));
        Process process = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "csv", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish in 120 s");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));

        String csv = Files.readString(dir.resolve("report.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(Messages.forLocale(Locale.ENGLISH).get("report.title")), csv);
        assertTrue(csv.contains("salesaudit test"), csv);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .map(d -> Path.of(d, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
