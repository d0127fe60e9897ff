package org.salesaudit.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

class CommissionSettingsTest {

    @TempDir
    Path dir;

    private SettingsFile file(String text) throws Exception {
        return SettingsFile.read(Files.writeString(dir.resolve("settings.properties"), text));
    }

    @Test
    void roundingIsHalfUpUnlessSetToHalfEven() throws Exception {
        assertEquals(RoundingMode.HALF_UP, CommissionSettings.from(SettingsFile.defaults()).rounding());
        assertEquals(RoundingMode.HALF_UP, CommissionSettings.from(file("commissions.rounding=half_up")).rounding());
        assertEquals(RoundingMode.HALF_EVEN, CommissionSettings.from(file("commissions.rounding = HALF_EVEN")).rounding());
    }

    @Test
    void anotherRoundingRuleIsRefusedNamingTheKey() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CommissionSettings.from(file("commissions.rounding=HALF_DOWN")));
        String message = e.getMessage() + " " + e.problems();
        assertTrue(message.contains("commissions.rounding"), message);
        assertTrue(message.contains("HALF_UP or HALF_EVEN"), message);
    }
}
