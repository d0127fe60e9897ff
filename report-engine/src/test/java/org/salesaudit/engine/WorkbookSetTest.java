package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookSetTest {

    @TempDir
    Path dir;

    private void touch(String... names) throws Exception {
        for (String name : names) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, name);
        }
    }

    private List<String> names(WorkbookSet set) throws Exception {
        return set.files().stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void byDefaultEveryWorkbookIsFoundSortedWithoutExcelLockFiles() throws Exception {
        touch("b.xlsx", "a.xls", "2025/q4/deals.xlsm", "notes.txt", "~$b.xlsx", "2025/~$deals.xlsm");

        assertEquals(List.of("2025/q4/deals.xlsm", "a.xls", "b.xlsx"), names(new WorkbookSet(dir, List.of(), null)));
    }

    @Test
    void includesAndExcludesFollowAntPatterns() throws Exception {
        touch("crm/deals.xlsx", "crm/old/deals-2019.xlsx", "crm/reps.xlsx", "top.xlsx");

        assertEquals(List.of("crm/deals.xlsx", "crm/reps.xlsx"),
                names(new WorkbookSet(dir, List.of("crm/*.xlsx"), List.of())));
        assertEquals(List.of("crm/deals.xlsx", "crm/reps.xlsx", "top.xlsx"),
                names(new WorkbookSet(dir, List.of("**/*.xlsx"), List.of("**/old/"))));
        assertEquals(List.of("crm/old/deals-2019.xlsx"),
                names(new WorkbookSet(dir, List.of("**/deals-20??.xlsx"), List.of())));
    }

    @Test
    void antPatternsTranslateToRegularExpressions() {
        assertTrue("a.xlsx".matches(WorkbookSet.antToRegex("**/*.xlsx")));
        assertTrue("x/y/a.xlsx".matches(WorkbookSet.antToRegex("**/*.xlsx")));
        assertTrue(!"x/a.xlsx".matches(WorkbookSet.antToRegex("*.xlsx")));
        assertTrue(!"a+xlsx".matches(WorkbookSet.antToRegex("a.xlsx")));
    }

    @Test
    void aMissingDirectoryIsNamed() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> new WorkbookSet(dir.resolve("data"), null, null).files());
        assertTrue(e.getMessage().contains("data"), e.getMessage());
    }
}
