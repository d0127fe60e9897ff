package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient readers for values that arrive as text in CRM exports: amounts with currency symbols and
 * local separators (Arabic-Indic digits included), dates in textual forms, percentages, yes/no words in
 * five languages and currency codes. Pure
 * functions; the caller reports a problem for every repair.
 */
final class CellParsers {

    /**
     * What surrounds or groups the digits of an amount: spaces (incl. no-break and narrow no-break),
     * apostrophes, ISO codes, currency signs and words, and the direction marks (LRM, RLM, ALM, embeddings,
     * isolates) that right-to-left locales write around numbers. Arabic currency abbreviations
     * ({@code ر.س}, {@code د.إ.}, {@code ج.م.}) are runs of Arabic letters and dots; the digits and separators
     * are already ASCII when this applies.
     */
    private static final Pattern AMOUNT_NOISE = Pattern.compile("[\\s\\u00A0\\u202F'’\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]"
            + "|[A-Za-z]{3}$|^[A-Za-z]{3}|zł|[$€£¥₩₽₹]|руб\\.?"
            + "|\\p{InArabic}+(?:\\.\\p{InArabic}+)*\\.?");
    private static final Pattern AMOUNT = Pattern.compile("[-+]?[0-9][0-9.,]*|[-+]?[.,][0-9]+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\.?(?:[ T].*)?");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:[ T].*)?");
    private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T].*)?");
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:[.,][0-9]+)?)\\s*%");
    private static final Pattern TIME = Pattern.compile("[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Set<String> TRUE_WORDS = Set.of("yes", "y", "true", "1", "x", "tak", "t", "prawda",
            "да", "д", "истина", "예", "네", "참", "نعم", "صحيح");
    private static final Set<String> FALSE_WORDS = Set.of("no", "n", "false", "0", "nie", "falsz", "нет", "н",
            "ложь", "아니오", "아니요", "거짓", "لا", "خطأ");
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₩", "KRW", "₽", "RUB", "zł", "PLN", "₹", "INR");

    private CellParsers() {
    }

    /**
     * Reads an amount typed as text: {@code "$12,500"}, {@code "1.234,56 zł"}, {@code "₩1,200,000"},
     * {@code "12 500,00"}. When both '.' and ',' occur, the last one is the decimal separator; when
     * only one occurs, it separates thousands if every group after it has exactly three digits.
     */
    static Optional<BigDecimal> amount(String text) {
        String t = AMOUNT_NOISE.matcher(asciiDigits(text).strip()).replaceAll("");
        boolean negative = false;
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1);
        }
        if (!AMOUNT.matcher(t).matches()) {
            return Optional.empty();
        }
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        String digits;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            digits = t.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            digits = isGrouping(t, sep) ? t.replace(String.valueOf(sep), "") : t.replace(sep, '.');
        } else {
            digits = t;
        }
        if (digits.chars().filter(c -> c == '.').count() > 1) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(digits);
            return Optional.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isGrouping(String t, char sep) {
        String unsigned = t.replaceFirst("^[-+]", "");
        String[] groups = unsigned.split(Pattern.quote(String.valueOf(sep)), -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /** The outcome of reading a date typed as text. */
    sealed interface DateText permits DateText.Read, DateText.Ambiguous, DateText.Invalid {
        record Read(LocalDate date) implements DateText {
        }

        record Ambiguous() implements DateText {
        }

        record Invalid() implements DateText {
        }
    }

    /**
     * Reads {@code 2025-03-15}, {@code 2025/03/15}, {@code 2025. 3. 15.}, {@code 15.03.2025}; a slashed
     * date is day-first or month-first only where one of its parts is above 12, otherwise ambiguous.
     */
    static DateText date(String text) {
        return date(text, null);
    }

    /**
     * As {@link #date(String)}, but a slashed date follows {@code order} when one is given (a column's
     * rule from the mapping file); a date that contradicts the rule is invalid.
     */
    static DateText date(String text, DateOrder order) {
        String t = asciiDigits(text).strip().replace(". ", ".");
        try {
            Matcher iso = ISO_DATE.matcher(t);
            if (iso.matches()) {
                return new DateText.Read(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher dotted = DOTTED_DATE.matcher(t);
            if (dotted.matches()) {
                return new DateText.Read(LocalDate.of(num(dotted, 3), num(dotted, 2), num(dotted, 1)));
            }
            Matcher slashed = SLASHED_DATE.matcher(t);
            if (slashed.matches()) {
                int a = num(slashed, 1);
                int b = num(slashed, 2);
                int year = num(slashed, 3);
                if (order != null) {
                    return new DateText.Read(order == DateOrder.DAY_FIRST ? LocalDate.of(year, b, a)
                            : LocalDate.of(year, a, b));
                }
                if (a > 12 && b <= 12) {
                    return new DateText.Read(LocalDate.of(year, b, a));
                }
                if (b > 12 && a <= 12) {
                    return new DateText.Read(LocalDate.of(year, a, b));
                }
                return a == b ? new DateText.Read(LocalDate.of(year, a, b)) : new DateText.Ambiguous();
            }
        } catch (DateTimeException e) {
            return new DateText.Invalid();
        }
        return new DateText.Invalid();
    }

    /** Reads {@code 60%}, {@code 60 %} or {@code 0,6} as a fraction. */
    static Optional<BigDecimal> percent(String text) {
        Matcher m = PERCENT.matcher(asciiDigits(text).strip());
        if (m.matches()) {
            return Optional.of(new BigDecimal(m.group(1).replace(',', '.')).movePointLeft(2));
        }
        return amount(text);
    }

    /** Reads an ISO 4217 code ({@code usd}) or a common symbol ({@code $}, {@code zł}). */
    static Optional<Currency> currency(String text) {
        String t = text.strip();
        String code = CURRENCY_SYMBOLS.getOrDefault(t, t.toUpperCase(Locale.ROOT));
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the time of day written after a text date ({@code 2025-03-15 14:30}, {@code 15.03.2025 9:05:00}).
     *
     * @return the time, or midnight when the text has none
     */
    static LocalTime timeOfDay(String text) {
        Matcher m = TIME.matcher(asciiDigits(text));
        if (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hour < 24 && minute < 60 && second < 60) {
                return LocalTime.of(hour, minute, second);
            }
        }
        return LocalTime.MIDNIGHT;
    }

    /** Reads yes/no in English, Polish, Russian, Korean and Arabic ({@code Yes}, {@code Tak}, {@code Да}, {@code 예}, {@code نعم}, …). */
    static Optional<Boolean> bool(String text) {
        String t = HeaderText.normalize(asciiDigits(text));
        if (TRUE_WORDS.contains(t)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE_WORDS.contains(t)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    /**
     * @return {@code text} with Arabic-Indic ({@code ٠١٢…}) and Persian ({@code ۰۱۲…}) digits and the Arabic
     *         decimal and thousands separators replaced by their ASCII forms
     */
    static String asciiDigits(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char ascii = c;
            if (c >= '\u0660' && c <= '\u0669') {
                ascii = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                ascii = (char) ('0' + (c - '\u06F0'));
            } else if (c == '\u066B') {
                ascii = '.';
            } else if (c == '\u066C') {
                ascii = ',';
            }
            if (ascii != c && s == null) {
                s = new StringBuilder(text);
            }
            if (s != null) {
                s.setCharAt(i, ascii);
            }
        }
        return s == null ? text : s.toString();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
