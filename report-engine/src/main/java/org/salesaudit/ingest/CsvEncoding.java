package org.salesaudit.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the encoding of a CSV export from its bytes: a byte-order mark (UTF-8, UTF-16), else UTF-8
 * when the bytes are valid UTF-8, else one of the Windows code pages CRMs use for legacy exports:
 * Windows-1251 when most non-ASCII bytes are Cyrillic letters, Windows-1250 when Polish letters occur,
 * else Windows-1252.
 */
final class CsvEncoding {

    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Bytes of Polish letters in Windows-1250 that Windows-1252 uses for rarely seen symbols. */
    private static final String POLISH_1250 = "\u00A5\u00B9\u008C\u009C\u008F\u009F\u00AF\u00BF\u00A3\u00B3\u00CA\u00EA\u00C6\u00E6\u00D1\u00F1";

    private CsvEncoding() {
    }

    /** The detected encoding and how many bytes of byte-order mark to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    static Detected detect(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (isUtf8(head)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
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
        if (high > 0 && cyrillicRange * 10 >= high * 9 && high * 4 >= countLetters(head)) {
            return new Detected(WINDOWS_1251, 0);
        }
        return new Detected(polish ? WINDOWS_1250 : WINDOWS_1252, 0);
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

    private static boolean isUtf8(byte[] head) {
        // a sample may end inside a multi-byte character: ignore an incomplete last sequence
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int v = head[end - back] & 0xFF;
            if (v >= 0xC0) {
                end -= back;
                break;
            }
            if (v < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
