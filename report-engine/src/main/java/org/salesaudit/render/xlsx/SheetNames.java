package org.salesaudit.render.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns titles into valid, unique sheet names. Excel allows at most 31 characters, none of
 * {@code \ / ? * [ ] :}, no apostrophe at either end, no empty name, and reserves "History"; names
 * are compared case-insensitively. Duplicates get a suffix: "Pipeline (2)".
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final String FORBIDDEN = "\\/?*[]:";
    private static final String FALLBACK = "Sheet";

    private final Set<String> taken = new HashSet<>();

    SheetNames() {
        taken.add(key("History"));
    }

    /** @return a valid sheet name for {@code title}, different from every name allocated before */
    String allocate(String title) {
        String base = sanitise(title);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, MAX_LENGTH - suffix.length()).strip() + suffix;
        }
        taken.add(key(name));
        return name;
    }

    /** @return {@code title} with forbidden characters replaced, trimmed and cut to 31 characters */
    static String sanitise(String title) {
        StringBuilder s = new StringBuilder(title.length());
        title.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || FORBIDDEN.indexOf(cp) >= 0) {
                s.append(' ');
            } else {
                s.appendCodePoint(cp);
            }
        });
        String name = stripApostrophes(s.toString().strip());
        name = stripApostrophes(truncate(name, MAX_LENGTH).strip());
        return name.isEmpty() ? FALLBACK : name;
    }

    private static String stripApostrophes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '\'') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '\'') {
            end--;
        }
        return name.substring(start, end).strip();
    }

    /** Cuts to at most {@code max} UTF-16 units without splitting a surrogate pair. */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
