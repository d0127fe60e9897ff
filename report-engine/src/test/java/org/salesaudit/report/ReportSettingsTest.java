package org.salesaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

class ReportSettingsTest {

    @TempDir
    Path dir;

    private ReportSettings read(String text) throws Exception {
        SettingsFile settings = SettingsFile.read(Files.writeString(dir.resolve("settings.properties"), text,
                StandardCharsets.UTF_8));
        ReportSettings report = ReportSettings.from(settings);
        settings.checkAllKeysKnown();
        return report;
    }

    @Test
    void twentyProblemsOfEachKindAreListedUnlessSetOtherwise() throws Exception {
        assertEquals(20, read("").problemsListedPerKind());
        assertEquals(20, ReportSettings.defaults().problemsListedPerKind());
        assertEquals(0, read("report.problems_listed_per_kind = 0\n").problemsListedPerKind());
        assertEquals(500, read("report.problems_listed_per_kind = 500\n").problemsListedPerKind());
    }

    @Test
    void aValueOutOfRangeNamesTheKey() {
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> read("report.problems_listed_per_kind = -1\n"));
        assertEquals("settings.properties (report.problems_listed_per_kind): expected a whole number from 0 to 100000"
                + " for report.problems_listed_per_kind, found \"-1\" (run stopped)", negative.getMessage());
        InvalidInputException text = assertThrows(InvalidInputException.class,
                () -> read("report.problems_listed_per_kind = all\n"));
        assertEquals("settings.properties (report.problems_listed_per_kind): expected a whole number"
                + " for report.problems_listed_per_kind, found \"all\" (run stopped)", text.getMessage());
    }
}
