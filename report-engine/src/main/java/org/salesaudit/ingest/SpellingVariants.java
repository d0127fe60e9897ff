package org.salesaudit.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.salesaudit.model.Dataset;
import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;

/**
 * Finds one name written several ways in a column ({@code GTXPro} and {@code GTX Pro}, {@code Acme Inc}
 * and {@code ACME inc.}): values that are equal once case, accents, spaces and punctuation are ignored
 * but are not written the same. Each rarer spelling is reported once, at its first cell.
 */
final class SpellingVariants {

    /** Names beyond this many distinct ones per column are not compared (memory stays bounded). */
    static final int MAX_NAMES = 100_000;

    private static final int MAX_RECENT = 1 << 15;

    private SpellingVariants() {
    }

    /** @return the comparison form of a name: lower case, no accents, no spaces or punctuation */
    static String squash(String text) {
        return HeaderText.normalize(text).replace(" ", "");
    }

    /**
     * Reports the rarer spellings of every name of one column.
     *
     * @param dataset the dataset of the records, to find their cells
     * @param what  the column in plain words, e.g. {@code product}
     * @param field the field whose cell is named in the problem
     */
    static <T> void report(Dataset dataset, List<T> records, Function<T, String> value, Function<T, SourceRef> source, String what,
            String field, CellLocator cells, ProblemLog problems) {
        Map<String, Map<String, Spelling>> byName = new LinkedHashMap<>();
        Map<String, String> squashed = new java.util.HashMap<>();
        // each distinct text's spelling, found with one lookup for the rows that repeat it
        Map<String, Spelling> byText = new java.util.HashMap<>();
        // the spellings of recently seen texts by identity: records share the instances of repeated texts
        int recent = Math.min(MAX_RECENT, Integer.highestOneBit(Math.max(16, records.size())));
        String[] recentTexts = new String[recent];
        Spelling[] recentSpellings = new Spelling[recent];
        int recentShift = 32 - Integer.numberOfTrailingZeros(recent);
        for (T record : records) {
            String v = value.apply(record);
            if (v == null) {
                continue;
            }
            int slot = (v.hashCode() * 0x9E3779B9) >>> recentShift;
            if (recentTexts[slot] == v) {
                recentSpellings[slot].count++;
                continue;
            }
            Spelling known = byText.get(v);
            if (known != null) {
                known.count++;
                recentTexts[slot] = v;
                recentSpellings[slot] = known;
                continue;
            }
            if (v.isBlank()) {
                continue;
            }
            String name = squashed.size() < MAX_NAMES ? squashed.computeIfAbsent(v, SpellingVariants::squash) : squash(v);
            Map<String, Spelling> spellings = byName.get(name);
            if (spellings == null) {
                if (byName.size() >= MAX_NAMES) {
                    continue;
                }
                spellings = new LinkedHashMap<>();
                byName.put(name, spellings);
            }
            Spelling spelling = spellings.get(v);
            if (spelling == null) {
                spelling = new Spelling(v, source.apply(record));
                spellings.put(v, spelling);
            }
            spelling.count++;
            if (byText.size() < MAX_NAMES) {
                byText.put(v, spelling);
            }
        }
        for (Map<String, Spelling> spellings : byName.values()) {
            if (spellings.size() < 2) {
                continue;
            }
            List<Spelling> ranked = new ArrayList<>(spellings.values());
            ranked.sort(Comparator.comparingInt((Spelling s) -> -s.count));
            Spelling usual = ranked.get(0);
            for (Spelling rare : ranked.subList(1, ranked.size())) {
                problems.report(Problem.warning(what + ".spelling", cells.locate(dataset, rare.first, field),
                        "one spelling per " + what + ": \"" + usual.text + "\" (written so " + usual.count
                                + (usual.count == 1 ? " time)" : " times)"),
                        rare.text, rare.count + (rare.count == 1 ? " row" : " rows")
                                + " kept as written; they count as a different " + what));
            }
        }
    }

    private static final class Spelling {
        final String text;
        final SourceRef first;
        int count;

        Spelling(String text, SourceRef first) {
            this.text = text;
            this.first = first;
        }
    }
}
