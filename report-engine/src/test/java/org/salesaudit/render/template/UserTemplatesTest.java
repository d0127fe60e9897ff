package org.salesaudit.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.report.SampleReports;

/** A user's template folder: what it can replace, and every way a hostile template is refused. */
class UserTemplatesTest {

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        return Files.createDirectories(dir.resolve("templates"));
    }

    private String render(Path folder) throws IOException {
        return ReportDocument.fromFolder(folder).xhtml(SampleReports.complete(), Locale.ENGLISH, Medium.PRINT);
    }

    private IOException refused(String template) throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("report.ftlh"), template);
        return assertThrows(IOException.class, () -> render(folder));
    }

    @Test
    void aStylesheetAloneReplacesTheBundledOneAndKeepsTheBundledTemplate() throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("report.css"), "h2 { color: #aa0000; } /* house style */");
        String xhtml = render(folder);
        assertTrue(xhtml.contains("house style"), "the user's stylesheet is inlined");
        assertFalse(xhtml.contains("counter(pages)"), "the bundled stylesheet is replaced, not added");
        assertTrue(xhtml.contains("Open pipeline by stage"), "the bundled template still lays out the report");
    }

    @Test
    void aTemplateCanIncludeBundledFilesAndFilesOfItsFolder() throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("report.ftlh"), "<#ftl output_format=\"XHTML\"><html><head><title>${doc.title}"
                + "</title><style><#include \"report.css\" parse=false></style></head><body><#include \"parts/brand.ftlh\">"
                + "<#list doc.chapters as ch><h2>${ch.title}</h2></#list></body></html>");
        Files.createDirectories(folder.resolve("parts"));
        Files.writeString(folder.resolve("parts/brand.ftlh"), "<p class=\"brand\">Acme Consulting &amp; Partners</p>");
        String xhtml = render(folder);
        assertTrue(xhtml.contains("<title>Sales audit</title>"), xhtml);
        assertTrue(xhtml.contains("counter(pages)"), "the bundled stylesheet is included");
        assertTrue(xhtml.contains("Acme Consulting &amp; Partners"), xhtml);
        assertTrue(xhtml.contains("<h2>Quota attainment</h2>"), xhtml);
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() throws IOException {
        IOException e = refused("<p>ok</p>\n<p><#if></p>");
        assertTrue(e.getMessage().startsWith("Error in report template report.ftlh (template folder "), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column 5"), e.getMessage());
        assertTrue(e.getMessage().contains("#if"), e.getMessage());
    }

    @Test
    void anUnknownVariableNamesTheFileLineAndColumn() throws IOException {
        IOException e = refused("<p>\n  ${doc.nosuchthing}</p>");
        assertTrue(e.getMessage().contains("report.ftlh"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column 5"), e.getMessage());
        assertTrue(e.getMessage().contains("nosuchthing"), e.getMessage());
    }

    @Test
    void creatingJavaObjectsWithNewIsRefused() throws IOException {
        IOException e = refused("${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
        assertTrue(e.getMessage().contains("line 1, column 1"), e.getMessage());
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
    }

    @Test
    void theApiBuiltInIsRefused() throws IOException {
        IOException e = refused("${doc?api.getClass().getName()}");
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertTrue(e.getMessage().contains("api"), e.getMessage());
    }

    @Test
    void includesOutsideTheFolderAreRefused() throws IOException {
        Files.writeString(dir.resolve("secret.ftlh"), "TOP SECRET");
        IOException up = refused("<#include \"../secret.ftlh\">");
        assertTrue(up.getMessage().contains("line 1"), up.getMessage());
        assertFalse(up.getMessage().contains("TOP SECRET"));
        IOException absolute = refused("<#include \"" + dir.resolve("secret.ftlh").toAbsolutePath() + "\" parse=false>");
        assertTrue(absolute.getMessage().contains("not found"), absolute.getMessage());
        IOException system = refused("<#include \"/etc/passwd\" parse=false>");
        assertTrue(system.getMessage().contains("not found"), system.getMessage());
    }

    @Test
    void aLinkLeavingTheFolderIsRefused() throws IOException {
        Path folder = folder();
        Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Files.createSymbolicLink(folder.resolve("link.txt"), dir.resolve("secret.txt"));
        Files.writeString(folder.resolve("report.ftlh"), "<#include \"link.txt\" parse=false>");
        IOException e = assertThrows(IOException.class, () -> render(folder));
        assertTrue(e.getMessage().contains("outside the template folder"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP SECRET"));
    }

    @Test
    void aLoopThatWritesWithoutEndIsStoppedByTheOutputLimit() throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("report.ftlh"), "<#list 1..2000000000 as i>${i} </#list>");
        IOException e = assertThrows(IOException.class, () -> ReportDocument.fromFolder(folder)
                .withLimits(100_000, 60_000).xhtml(SampleReports.complete(), Locale.ENGLISH, Medium.PRINT));
        assertTrue(e.getMessage().contains("output exceeds 100000 characters"), e.getMessage());
    }

    @Test
    void aSilentEndlessLoopIsStoppedByTheTimeLimit() throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("report.ftlh"),
                "<#list 1..2000000000 as i><#list 1..2000000000 as j><#assign x = j></#list></#list>");
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> ReportDocument.fromFolder(folder)
                .withLimits(100_000, 1_000).xhtml(SampleReports.complete(), Locale.ENGLISH, Medium.PRINT));
        assertTrue(e.getMessage().contains("ran longer than 1 s"), e.getMessage());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 30_000, "stopped promptly");
    }

    @Test
    void endlessRecursionIsRefused() throws IOException {
        IOException e = refused("<#macro m><@m/></#macro><@m/>");
        assertTrue(e.getMessage().contains("recursively"), e.getMessage());
    }

    @Test
    void aMissingFolderIsAClearError() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> ReportDocument.fromFolder(dir.resolve("missing")));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        assertEquals("the template folder does not exist or is not a directory", e.getReason());
    }
}
