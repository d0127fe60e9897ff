package org.salesaudit.render.template;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesaudit.render.Messages;
import org.salesaudit.render.ValueFormatter;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Value;

/**
 * What every part of the document model needs: the words and number formats of one locale, and how
 * the text direction affects tables.
 *
 * @param rightToLeft  whether the language is written right to left
 * @param mirrorTables whether table columns must be written in reverse: the PDF engine does not
 *                     mirror tables in right-to-left documents, browsers do
 */
record Localized(Messages messages, ValueFormatter values, boolean rightToLeft, boolean mirrorTables) {

    static Localized of(Locale locale, Medium medium) {
        boolean rtl = ReportDocument.isRightToLeft(locale);
        Messages messages = Messages.forLocale(locale);
        return new Localized(messages, new ValueFormatter(numberLocale(locale, rtl), messages), rtl,
                rtl && medium == Medium.PRINT);
    }

    /**
     * The locale numbers are formatted in. Right-to-left languages get Latin digits ({@code nu-latn})
     * unless the locale names a numbering system: the PDF engine breaks an amount such as
     * {@code "١٬٢٣٤٫٥٠ US$"} into two lines in narrow columns whatever {@code white-space} says (it
     * treats the Arabic-Indic digits and the Latin currency as separate runs), and Latin digits match
     * the page numbers and the dates, which Java already writes with Latin digits in Arabic.
     */
    static Locale numberLocale(Locale locale, boolean rightToLeft) {
        if (!rightToLeft || locale.getUnicodeLocaleType("nu") != null) {
            return locale;
        }
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    String text(String key) {
        return messages.get(key);
    }

    String text(String key, String... args) {
        return messages.format(key, List.of(args));
    }

    String value(Value value) {
        return values.format(value);
    }

    String count(long count) {
        return values.format(new Value.Count(count));
    }

    /** @return e.g. "Skipped: the input has no Quotas sheet" */
    String skipReason(Skipped skipped) {
        return text("report.skipped", messages.format(skipped.reasonKey(), skipped.reasonArgs()));
    }

    Map<String, Object> build(TableData table) {
        return table.build(rightToLeft, mirrorTables);
    }

    static boolean isNumber(Value v) {
        return v instanceof Value.Money || v instanceof Value.Ratio || v instanceof Value.Count
                || v instanceof Value.Identifier || v instanceof Value.Quantity;
    }
}
