package org.salesaudit.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises header and sheet names for matching: case, accents, punctuation and spacing are ignored. */
final class HeaderText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private HeaderText() {
    }

    /** @return e.g. {@code "deal value"} for {@code " Deal - Value "}, {@code "prawdopodobienstwo"} for "Prawdopodobieństwo" */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        String words = SEPARATORS.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return Normalizer.normalize(words.replace('ł', 'l'), Normalizer.Form.NFC);
    }
}
