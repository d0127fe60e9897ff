package org.salesaudit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The workbooks under a directory selected by Ant-style patterns ({@code **}/ any folders,
 * {@code *} any characters in a name, {@code ?} one character), as build tools know them. Patterns
 * are relative to the directory, use {@code /}, and match case-sensitively.
 *
 * @param directory the folder searched, recursively
 * @param includes  the patterns a workbook must match; empty: {@link #DEFAULT_INCLUDES}
 * @param excludes  the patterns that leave a workbook out, besides {@link #DEFAULT_EXCLUDES}
 */
public record WorkbookSet(Path directory, List<String> includes, List<String> excludes) {

    /** Every Excel workbook salesaudit reads. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.xlsx", "**/*.xlsm", "**/*.xls");
    /** Always left out: the lock files Excel keeps next to an open workbook ({@code ~$sales.xlsx}). */
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/~$*");

    public WorkbookSet {
        Objects.requireNonNull(directory, "directory");
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    /**
     * @return the matching files, sorted by their path relative to the directory (so the data set, and
     *         the report, do not depend on the file system's listing order)
     * @throws NoSuchFileException the directory does not exist
     */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "workbook directory not found");
        }
        List<Pattern> in = compile(includes);
        List<Pattern> out = new ArrayList<>(compile(DEFAULT_EXCLUDES));
        out.addAll(compile(excludes));
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> directory.relativize(p))
                    .filter(rel -> matchesAny(in, rel) && !matchesAny(out, rel))
                    .sorted((a, b) -> slashed(a).compareTo(slashed(b)))
                    .map(directory::resolve)
                    .toList();
        }
    }

    private static boolean matchesAny(List<Pattern> patterns, Path relative) {
        String s = slashed(relative);
        return patterns.stream().anyMatch(p -> p.matcher(s).matches());
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream().map(WorkbookSet::antToRegex).map(Pattern::compile).toList();
    }

    /** Translates an Ant-style pattern into a regular expression over {@code /}-separated paths. */
    static String antToRegex(String pattern) {
        String p = pattern.strip().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**";
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (p.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return directory + " (includes " + String.join(", ", includes)
                + (excludes.isEmpty() ? "" : "; excludes " + String.join(", ", excludes)) + ")";
    }
}
