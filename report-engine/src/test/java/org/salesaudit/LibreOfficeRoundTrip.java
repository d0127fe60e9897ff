package org.salesaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lets LibreOffice open an XLSX file, recalculate every formula and save it again, for tests that compare
 * its results with the values salesaudit cached. Used by tests tagged {@code libreoffice}.
 */
public final class LibreOfficeRoundTrip {

    /** LibreOffice's setting "recalculation on file load" for Excel 2007 and newer: 0 is "always". */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
            oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    private LibreOfficeRoundTrip() {
    }

    /**
     * @param dir  a scratch folder (LibreOffice's profile, the input and the output go there)
     * @param name the file's base name, unique within {@code dir}
     * @return the file LibreOffice wrote after recalculating {@code xlsx}
     */
    public static Path resave(Path dir, byte[] xlsx, String name) throws IOException, InterruptedException {
        Path soffice = onPath("soffice").or(() -> onPath("libreoffice"))
                .orElseThrow(() -> new AssertionError("LibreOffice (soffice) is not on the PATH: install it"
                        + " (apt-get install libreoffice-calc-nogui)"));
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), ALWAYS_RECALCULATE);
        Path in = Files.createDirectories(dir.resolve("in")).resolve(name + ".xlsx");
        Path out = Files.createDirectories(dir.resolve("out-" + name));
        Files.write(in, xlsx);
        Path log = dir.resolve(name + ".log");
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                "--outdir", out.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish in 180 s");
        assertEquals(0, process.exitValue(), Files.readString(log));
        Path saved = out.resolve(name + ".xlsx");
        assertTrue(Files.isRegularFile(saved), "LibreOffice could not open " + name + ".xlsx: " + Files.readString(log));
        return saved;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, program)).filter(Files::isExecutable)
                .findFirst();
    }
}
