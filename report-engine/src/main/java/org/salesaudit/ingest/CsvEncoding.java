package org.salesaudit.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Detects the encoding of a CSV export from its first bytes, in this order:
 * <ol>
 * <li>a byte-order mark (UTF-8, UTF-16);</li>
 * <li>UTF-8, when the bytes are valid UTF-8;</li>
 * <li>Korean CP949 (EUC-KR and its Windows extension), when the bytes decode as CP949 and at least 80 % of
 * the non-ASCII bytes are Hangul syllables of KS X 1001 (lead byte 0xB0–0xC8, trail byte 0xA1–0xFE);
 * single-byte code pages practically never do;</li>
 * <li>the encoding ICU4J's {@link CharsetDetector} names with a confidence of at least
 * {@value #CONFIDENT} (of 100), from the statistics of the text (Windows-1250/1251/1252/1256, ISO 8859,
 * KOI8-R, …; ISO-8859-1 is read as its superset Windows-1252, EUC-KR as CP949);</li>
 * <li>for short samples, where statistics say little: when most non-ASCII bytes are letters of the
 * Cyrillic block of Windows-1251 (0xC0–0xFF, where Windows-1256 has most Arabic letters), Windows-1256 if ICU
 * ranks an Arabic encoding above a Cyrillic one, else Windows-1251; Windows-1250 when bytes of Polish letters
 * occur; Windows-1252 (or 1250) when ICU has at least some confidence ({@value #SOMEWHAT_CONFIDENT}) in it;
 * always only when the bytes are valid in that code page;</li>
 * <li>otherwise the encoding cannot be told: {@link UndecidableEncodingException}.</li>
 * </ol>
 * A mapping file's {@code csv.encoding} replaces the detection ({@link #named}).
 */
final class CsvEncoding {

    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Microsoft's CP949 (Unified Hangul Code): EUC-KR plus the rest of the Hangul syllables. */
    static final Charset CP949 = Charset.forName("x-windows-949");

    /** ICU confidence (0–100) at which its guess is taken as it is. */
    static final int CONFIDENT = 50;
    /** ICU confidence below which a Western guess on a sample without Polish or Cyrillic letters is refused. */
    static final int SOMEWHAT_CONFIDENT = 25;

    /** Share of the non-ASCII bytes that must be KS X 1001 Hangul for a sample to be Korean. */
    private static final double HANGUL_SHARE = 0.8;

    /** ICU names of encodings read as their Windows superset. */
    private static final Map<String, Charset> SUPERSETS = Map.of(
            "ISO-8859-1", WINDOWS_1252,
            "EUC-KR", CP949);

    /** Bytes of Polish letters in Windows-1250 that Windows-1252 uses for rarely seen symbols. */
    private static final String POLISH_1250 = "\u00A5\u00B9\u008C\u009C\u008F\u009F\u00AF\u00BF\u00A3\u00B3\u00CA\u00EA\u00C6\u00E6\u00D1\u00F1";

    private CsvEncoding() {
    }

    /** The detected encoding and how many bytes of byte-order mark to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    /** The bytes of a file fit no encoding well enough to read it without guessing. */
    static final class UndecidableEncodingException extends IOException {
        private static final long serialVersionUID = 1L;

        UndecidableEncodingException(String guess) {
            super("closest guess " + guess + ", which does not fit every byte");
        }
    }

    /** @return the encoding a mapping file names; a byte-order mark of that encoding is skipped */
    static Detected named(Charset charset, byte[] head) {
        Detected bom = byteOrderMark(head);
        return bom != null && bom.charset().equals(charset) ? bom : new Detected(charset, 0);
    }

    private static Detected byteOrderMark(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    static Detected detect(byte[] head) throws UndecidableEncodingException {
        Detected bom = byteOrderMark(head);
        if (bom != null) {
            return bom;
        }
        if (decodes(head, StandardCharsets.UTF_8)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        if (isKorean(head)) {
            return new Detected(CP949, 0);
        }
        CharsetMatch[] matches = icu(head);
        Optional<Charset> confident = best(matches, CONFIDENT);
        if (confident.isPresent() && decodes(head, confident.get())) {
            return new Detected(confident.get(), 0);
        }
        return new Detected(shortSample(head, matches), 0);
    }

    /** Rules for samples too short for ICU's statistics. */
    private static Charset shortSample(byte[] head, CharsetMatch[] matches) throws UndecidableEncodingException {
        int high = 0;
        int cyrillicRange = 0;
        boolean polish = false;
        for (byte b : head) {
            int v = b & 0xFF;
            if (v >= 0x80) {
                high++;
                if (v >= 0xC0) {
                    cyrillicRange++;
                }
                if (POLISH_1250.indexOf((char) v) >= 0) {
                    polish = true;
                }
            }
        }
        String script = firstScript(matches);
        if (high > 0 && cyrillicRange * 10 >= high * 9 && high * 4 >= countLetters(head)) {
            return "arabic".equals(script) ? WINDOWS_1256 : WINDOWS_1251;
        }
        if (polish && decodes(head, WINDOWS_1250)) {
            return WINDOWS_1250;
        }
        Optional<Charset> western = best(matches, SOMEWHAT_CONFIDENT);
        if (western.isPresent() && (western.get().equals(WINDOWS_1252) || western.get().equals(WINDOWS_1250))
                && decodes(head, western.get())) {
            return western.get();
        }
        throw new UndecidableEncodingException(matches.length == 0 ? "none" : matches[0].getName());
    }

    /** @return "arabic" or "cyrillic" for ICU's best-ranked single-byte guess of those scripts, else null */
    private static String firstScript(CharsetMatch[] matches) {
        for (CharsetMatch m : matches) {
            switch (m.getName()) {
                case "windows-1256", "ISO-8859-6":
                    return "arabic";
                case "windows-1251", "ISO-8859-5", "KOI8-R":
                    return "cyrillic";
                default:
                    break;
            }
        }
        return null;
    }

    private static CharsetMatch[] icu(byte[] head) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(head);
        CharsetMatch[] matches = detector.detectAll();
        return matches == null ? new CharsetMatch[0] : matches;
    }

    /** @return ICU's best guess at or above {@code minConfidence} that Java can decode, without UTF-16/32 (no BOM) */
    private static Optional<Charset> best(CharsetMatch[] matches, int minConfidence) {
        for (CharsetMatch m : matches) {
            if (m.getConfidence() < minConfidence) {
                break;
            }
            if (m.getName().startsWith("UTF-")) {
                continue;
            }
            Optional<Charset> charset = charset(m.getName());
            if (charset.isPresent()) {
                return charset;
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String icuName) {
        Charset superset = SUPERSETS.get(icuName);
        if (superset != null) {
            return Optional.of(superset);
        }
        try {
            return Optional.of(Charset.forName(icuName));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * @return true when the bytes decode as CP949 and most non-ASCII bytes are KS X 1001 Hangul syllables
     */
    static boolean isKorean(byte[] head) {
        int high = 0;
        int hangul = 0;
        for (int i = 0; i < head.length; i++) {
            int lead = head[i] & 0xFF;
            if (lead < 0x80) {
                continue;
            }
            if (i + 1 < head.length) {
                int trail = head[i + 1] & 0xFF;
                if (lead >= 0xB0 && lead <= 0xC8 && trail >= 0xA1 && trail <= 0xFE) {
                    hangul += 2;
                }
                high += trail >= 0x80 ? 2 : 1;
                i++;
            } else {
                high++;
            }
        }
        return hangul >= 4 && hangul >= high * HANGUL_SHARE && decodes(head, CP949);
    }

    private static int countLetters(byte[] head) {
        int letters = 0;
        for (byte b : head) {
            int v = b & 0xFF;
            if (v >= 0x80 || Character.isLetter(v)) {
                letters++;
            }
        }
        return letters;
    }

    /** @return whether the bytes are valid in {@code charset}; a sample may end inside a multi-byte character */
    private static boolean decodes(byte[] head, Charset charset) {
        CoderResult result = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), false);
        return !result.isError();
    }
}
