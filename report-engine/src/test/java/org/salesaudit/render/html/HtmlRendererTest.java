package org.salesaudit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.salesaudit.engine.OutputFormat;
import org.salesaudit.render.template.MemoryOutput;
import org.salesaudit.render.template.TestReports;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.SampleReports;

class HtmlRendererTest {

    private static final Pattern REFERENCE =
            Pattern.compile("(?i)\\b(?:href|src|srcset|action|data|poster)\\s*=\\s*\"([^\"]*)\"");

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void writesOneSelfContainedUtf8Page() throws IOException {
        String html = render(SampleReports.complete(), Locale.ENGLISH);
        assertEquals(OutputFormat.HTML, renderer.format());
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<meta charset=\"UTF-8\"/>"));
        assertTrue(html.contains("<style>") && html.contains("border-collapse"), "the stylesheet is inline");
        assertTrue(html.contains("$1,234,567.89") && html.contains("31.3%"));
        assertTrue(html.contains("acme.xlsx, sheet Deals, cell I57 (Amount)"));
        for (String forbidden : List.of("<script", "<link", "<img", "<iframe", "<object", "@import", "url(")) {
            assertFalse(html.contains(forbidden), "found " + forbidden);
        }
        Matcher references = REFERENCE.matcher(html);
        while (references.find()) {
            assertTrue(references.group(1).startsWith("#"), "external reference " + references.group());
        }
    }

    @Test
    void containsNoUrlAtAll() throws IOException {
        String html = render(TestReports.clean(), Locale.ENGLISH).toLowerCase(Locale.ROOT);
        for (String scheme : List.of("http:", "https:", "file:", "ftp:", "data:", "javascript:", "//")) {
            assertFalse(html.contains(scheme), "found " + scheme);
        }
    }

    @Test
    void writesUtf8ForEveryLanguage() throws IOException {
        assertTrue(render(SampleReports.complete(), Locale.forLanguageTag("ko")).contains("데이터 품질"));
        String arabic = render(SampleReports.complete(), Locale.forLanguageTag("ar"));
        assertTrue(arabic.contains("dir=\"rtl\"") && arabic.contains("جودة البيانات"));
        assertTrue(render(SampleReports.complete(), Locale.forLanguageTag("ru")).contains("Качество данных"));
    }

    @Test
    void escapesDataFromTheWorkbook() throws IOException {
        String html = render(TestReports.hostile(), Locale.ENGLISH);
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("&lt;script&gt;"));
    }

    private String render(ReportModel model, Locale locale) throws IOException {
        MemoryOutput out = new MemoryOutput();
        renderer.render(model, locale, out);
        assertEquals(List.of(HtmlRenderer.FILE_NAME), List.copyOf(out.names()));
        return new String(out.bytes(HtmlRenderer.FILE_NAME), StandardCharsets.UTF_8);
    }
}
