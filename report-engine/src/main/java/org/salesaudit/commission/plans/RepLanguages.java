package org.salesaudit.commission.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesaudit.model.Rep;
import org.salesaudit.model.SourceRef;

/**
 * The statement language of each rep, from the Language column of the sheet the rep was read from
 * (headers {@code Language}, {@code Lang}, {@code Język}, {@code Язык}, {@code 언어}, {@code اللغة}),
 * unless the rep record already carries one.
 */
public final class RepLanguages {

    private static final List<String> HEADERS = List.of("Language", "Lang", "Język", "Язык", "언어", "اللغة");

    private RepLanguages() {
    }

    /** @return rep id to language code as written (lower case), for the reps that have one */
    public static Map<String, String> read(List<Path> files, List<Rep> reps) throws IOException {
        Map<SourceRef, String> column = SourceColumns.read(files,
                reps.stream().filter(r -> r.language() == null || r.language().isBlank()).map(Rep::source).toList(),
                HEADERS);
        Map<String, String> languages = new HashMap<>();
        for (Rep rep : reps) {
            String language = rep.language() != null && !rep.language().isBlank() ? rep.language() : column.get(rep.source());
            if (language != null) {
                languages.putIfAbsent(rep.id(), language.strip().toLowerCase(Locale.ROOT));
            }
        }
        return languages;
    }
}
