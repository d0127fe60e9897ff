package org.salesaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit --templates DIR}. */
class TemplatesOptionTest {

    private static final String EXAMPLE = Path.of("..", "examples", "acme-sales.xlsx").toString();

    @TempDir
    Path dir;

    @Test
    void aTemplateFolderChangesTheHtmlReport() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.css"), "h2 { color: #7a1f5c; } /* house style */");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", EXAMPLE, "-o", out.toString(), "--format", "html", "--templates",
                templates.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("house style"));
    }

    @Test
    void aFolderThatDoesNotExistIsABadOption() throws Exception {
        CliRun run = CliRun.of("audit", EXAMPLE, "-o", dir.resolve("out").toString(), "--templates",
                dir.resolve("nope").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--templates: not a directory"), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aBrokenTemplateIsExitOneNamingTheFileLineAndColumnAndWritesNothing() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.ftlh"), "<p>\n${doc.missing}</p>");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", EXAMPLE, "-o", out.toString(), "--templates", templates.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("report.ftlh"), run.err());
        assertTrue(run.err().contains("line 2, column 3"), run.err());
        assertFalse(Files.exists(out.resolve("report.pdf")));
    }
}
