package org.salesaudit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.salesaudit.render.chart.ChartFixtures;
import org.salesaudit.render.html.HtmlRenderer;
import org.salesaudit.render.pdf.PdfRenderer;
import org.salesaudit.render.template.MemoryOutput;
import org.salesaudit.render.xlsx.XlsxRenderer;

/** Reports with charts are byte-identical whatever the JVM's default locale and time zone. */
class ReproducibleChartsTest {

    private static final List<Renderer> RENDERERS = List.of(new PdfRenderer(), new XlsxRenderer(), new HtmlRenderer());

    @Test
    void sameBytesUnderAnotherDefaultLocaleAndTimeZone() throws IOException {
        for (String language : List.of("pl", "ar")) {
            Locale locale = Locale.forLanguageTag(language);
            MemoryOutput first = render(locale);
            Locale defaultLocale = Locale.getDefault();
            TimeZone defaultZone = TimeZone.getDefault();
            MemoryOutput second;
            try {
                Locale.setDefault(Locale.forLanguageTag("ar-EG"));
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
                second = render(locale);
            } finally {
                Locale.setDefault(defaultLocale);
                TimeZone.setDefault(defaultZone);
            }
            for (String name : first.names()) {
                assertArrayEquals(first.bytes(name), second.bytes(name), language + " " + name);
            }
        }
    }

    private static MemoryOutput render(Locale locale) throws IOException {
        MemoryOutput out = new MemoryOutput();
        for (Renderer renderer : RENDERERS) {
            renderer.render(ChartFixtures.report(), locale, out);
        }
        return out;
    }
}
