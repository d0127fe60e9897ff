package org.salesaudit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes every file of a run into a temporary sibling of the target directory, and moves them into
 * place only on {@link #commit()}. A run that fails half-way leaves the target directory as it was;
 * files in the target that the run does not produce are left alone.
 */
public final class AtomicDirectoryOutput implements ReportOutput, AutoCloseable {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Path target;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    private AtomicDirectoryOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Creates the staging directory next to {@code target} (which need not exist yet). */
    public static AtomicDirectoryOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("cannot write a report into the file-system root: " + target);
        }
        Files.createDirectories(parent);
        // Not Files.createTempDirectory: its owner-only permissions would end up on the output directory.
        Path staging = Files.createDirectory(parent.resolve("." + absolute.getFileName() + ".tmp-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36)));
        return new AtomicDirectoryOutput(absolute, staging);
    }

    @Override
    public OutputStream newFile(String name) throws IOException {
        Objects.requireNonNull(name, "name");
        if (committed) {
            throw new IllegalStateException("output already committed");
        }
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        if (names.contains(name)) {
            throw new IllegalArgumentException("file written twice: " + name);
        }
        names.add(name);
        return Files.newOutputStream(staging.resolve(name));
    }

    /** @return the names of the files written so far, in order */
    public List<String> fileNames() {
        return List.copyOf(names);
    }

    /** @return the directory the files end up in */
    public Path target() {
        return target;
    }

    /** Moves the written files into the target directory, replacing files of the same name. */
    public void commit() throws IOException {
        if (committed) {
            return;
        }
        if (Files.notExists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            if (!Files.isDirectory(target)) {
                throw new IOException("output path exists and is not a directory: " + target);
            }
            for (String name : names) {
                Files.move(staging.resolve(name), target.resolve(name),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteRecursively(staging);
        }
        committed = true;
    }

    /** Discards the staging directory unless the output was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteRecursively(staging);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.notExists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
