package org.salesaudit.commission.plans;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesaudit.model.Rep;

/** The statement language of each rep, from the Reps sheet's Language column. */
public final class RepLanguages {

    private RepLanguages() {
    }

    /** @return rep id to language code as written (lower case), for the reps that have one */
    public static Map<String, String> read(List<Rep> reps) {
        Map<String, String> languages = new HashMap<>();
        for (Rep rep : reps) {
            if (rep.language() != null && !rep.language().isBlank()) {
                languages.putIfAbsent(rep.id(), rep.language().strip().toLowerCase(Locale.ROOT));
            }
        }
        return languages;
    }
}
