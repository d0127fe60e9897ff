package org.salesaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.salesaudit.problem.InvalidInputException;

/**
 * Runs the engine only when something that affects the reports changed since the last run into the
 * same output directory. A marker file ({@value #MARKER}) in the output directory records the
 * salesaudit version, the calling front end's version, the name and SHA-256 of every workbook, of the
 * mapping and of the settings file, the SHA-256 of every file of the template folder, every option,
 * and the SHA-256 of every file written. The reports are up to date when all of these are unchanged
 * and every file is still there as written.
 */
public final class UpToDateReports {

    /** The marker file in the output directory. Deleting it forces the next run. */
    public static final String MARKER = ".salesaudit-up-to-date";

    private static final String OUTPUT = "output.";

    private final ReportEngine engine;

    public UpToDateReports(ReportEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** What a run did. */
    public sealed interface Outcome permits Generated, UpToDate {
    }

    /**
     * The reports were produced.
     *
     * @param result what the engine wrote
     * @param reason why they were produced, e.g. {@code workbook 1 (sales.xlsx) changed}
     */
    public record Generated(ReportResult result, String reason) implements Outcome {
    }

    /**
     * Nothing changed, nothing was done.
     *
     * @param outputDirectory the directory holding the reports
     * @param files           the reports and results.json, as the last run wrote them
     */
    public record UpToDate(Path outputDirectory, List<Path> files) implements Outcome {
    }

    /**
     * Produces the reports of {@code request} unless they are up to date.
     *
     * @param frontEnd the caller and its version, e.g. {@code salesaudit-maven-plugin 0.1.0}: a new
     *                 version of the caller reruns
     * @param force    produce the reports even when they are up to date
     * @throws InvalidInputException as {@link ReportEngine#generate}
     * @throws IOException           as {@link ReportEngine#generate}, or the marker cannot be written
     */
    public Outcome generate(ReportRequest request, String frontEnd, boolean force)
            throws InvalidInputException, IOException {
        Map<String, String> inputs = fingerprint(request, frontEnd);
        Path directory = request.outputDirectory().toAbsolutePath().normalize();
        Path marker = directory.resolve(MARKER);
        Optional<String> stale = force ? Optional.of("forced") : whyStale(marker, directory, inputs);
        if (stale.isEmpty()) {
            List<Path> files = readMarker(marker).keySet().stream().filter(k -> k.startsWith(OUTPUT))
                    .map(k -> directory.resolve(k.substring(OUTPUT.length()))).toList();
            return new UpToDate(directory, files);
        }
        ReportResult result = engine.generate(request);
        Map<String, String> record = new LinkedHashMap<>(inputs);
        for (Path file : result.files()) {
            record.put(OUTPUT + file.getFileName(), sha256(file));
        }
        writeMarker(marker, record);
        return new Generated(result, stale.get());
    }

    private static Optional<String> whyStale(Path marker, Path directory, Map<String, String> inputs) throws IOException {
        if (!Files.isRegularFile(marker)) {
            return Optional.of("no earlier run in " + directory);
        }
        Map<String, String> last = readMarker(marker);
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            if (!input.getValue().equals(last.get(input.getKey()))) {
                return Optional.of(input.getKey() + " changed");
            }
        }
        for (String key : last.keySet()) {
            if (!key.startsWith(OUTPUT) && !inputs.containsKey(key)) {
                return Optional.of(key + " changed");
            }
        }
        for (Map.Entry<String, String> output : last.entrySet()) {
            if (output.getKey().startsWith(OUTPUT)) {
                Path file = directory.resolve(output.getKey().substring(OUTPUT.length()));
                if (!Files.isRegularFile(file) || !sha256(file).equals(output.getValue())) {
                    return Optional.of(file.getFileName() + " was changed or deleted");
                }
            }
        }
        return Optional.empty();
    }

    /** @return every input of a run, by name, in a fixed order */
    static Map<String, String> fingerprint(ReportRequest request, String frontEnd) throws IOException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("salesaudit", Version.generator());
        engineJar().ifPresent(jar -> f.put("salesaudit jar", jar));
        f.put("front end", frontEnd);
        List<Path> workbooks = request.workbooks();
        for (int i = 0; i < workbooks.size(); i++) {
            f.put("workbook " + (i + 1) + " (" + workbooks.get(i).getFileName() + ")", fileDigest(workbooks.get(i)));
        }
        f.put("mapping file", request.mapping().isPresent() ? fileDigest(request.mapping().get()) : "none");
        f.put("settings file", request.settings().isPresent() ? fileDigest(request.settings().get()) : "none");
        f.put("template folder", request.templates().map(t -> t.toAbsolutePath().normalize().toString()).orElse("none"));
        if (request.templates().isPresent()) {
            templateFiles(request.templates().get(), f);
        }
        f.put("formats", request.orderedFormats().stream().map(OutputFormat::extension).collect(Collectors.joining(",")));
        f.put("language", request.locale().toLanguageTag());
        f.put("as-of date", request.asOf().map(Object::toString).orElse("latest date in the data"));
        f.put("currency", request.currency().map(Object::toString).orElse("most frequent"));
        f.put("policy", request.policy().name());
        return f;
    }

    /** Every file of the template folder, sub-folders too, by its path in the folder, in path order. */
    private static void templateFiles(Path folder, Map<String, String> f) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<String> names;
        try (Stream<Path> walk = Files.walk(folder)) {
            names = walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        for (String name : names) {
            f.put("template " + name, "sha256:" + sha256(folder.resolve(name)));
        }
    }

    private static String fileDigest(Path file) throws IOException {
        return file.getFileName() + " sha256:" + sha256(file);
    }

    /** The engine's own jar, so that a rebuilt snapshot of the same version reruns. */
    private static Optional<String> engineJar() throws IOException {
        CodeSource source = ReportEngine.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(sha256(location)) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Map<String, String> readMarker(Path marker) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            int eq = line.indexOf(" = ");
            if (!line.startsWith("#") && eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 3));
            }
        }
        return values;
    }

    private static void writeMarker(Path marker, Map<String, String> values) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# salesaudit: what the reports in this directory were made from. Delete this file to rerun.");
        values.forEach((k, v) -> lines.add(k + " = " + v));
        Path temp = marker.resolveSibling(MARKER + ".tmp");
        Files.write(temp, lines, StandardCharsets.UTF_8);
        Files.move(temp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
