package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

class AuditSettingsTest {

    @TempDir
    Path dir;

    private AuditSettings read(String text) throws IOException, InvalidInputException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        SettingsFile settings = SettingsFile.read(file);
        AuditSettings audit = AuditSettings.from(settings, AuditFixtures.AS_OF, AuditFixtures.USD);
        settings.checkAllKeysKnown();
        return audit;
    }

    @Test
    void defaultsAreTheDomainsStageTableTwoCyclesAndTheQuotas() throws Exception {
        AuditSettings settings = read("");
        assertEquals(Optional.of(new BigDecimal("0.60")), settings.stages().probability("Product trial"));
        assertEquals(new BigDecimal("2"), settings.staleFactor());
        assertEquals(Optional.empty(), settings.revenueTarget());
        assertEquals(new ResponseSla(24, 72), settings.responseSla());
    }

    @Test
    void readsTheStageTableStaleFactorAndTarget() throws Exception {
        AuditSettings settings = read("audit.stages = Intro:0.05, Demo call:0.3, Contract:0.9\n"
                + "audit.stale_factor = 2.5\naudit.capacity.revenue_target = 5000000\n"
                + "audit.sla_hours.warm = 4\naudit.sla_hours.cold = 48\n");
        assertEquals(new ResponseSla(4, 48), settings.responseSla());
        assertEquals(List.of("Intro", "Demo call", "Contract"), settings.stages().stages());
        assertEquals(Optional.of(new BigDecimal("0.3")), settings.stages().probability("demo call"));
        assertEquals(new BigDecimal("2.5"), settings.staleFactor());
        assertEquals(Optional.of(new BigDecimal("5000000")), settings.revenueTarget());
    }

    @Test
    void badValuesNameTheKeyAndWhatWasExpected() {
        InvalidInputException stages = assertThrows(InvalidInputException.class,
                () -> read("audit.stages = Intro:0.05, Demo call 30%\n"));
        assertTrue(stages.getMessage().contains("audit.stages"), stages.getMessage());
        assertTrue(stages.getMessage().contains("Demo call 30%"), stages.getMessage());
        InvalidInputException tooHigh = assertThrows(InvalidInputException.class,
                () -> read("audit.stages = Intro:1.5\n"));
        assertTrue(tooHigh.getMessage().contains("from 0 to 1"), tooHigh.getMessage());
        InvalidInputException factor = assertThrows(InvalidInputException.class, () -> read("audit.stale_factor = 0\n"));
        assertTrue(factor.getMessage().contains("audit.stale_factor"), factor.getMessage());
        InvalidInputException sla = assertThrows(InvalidInputException.class, () -> read("audit.sla_hours.warm = 0\n"));
        assertTrue(sla.getMessage().contains("audit.sla_hours.warm"), sla.getMessage());
        InvalidInputException target = assertThrows(InvalidInputException.class,
                () -> read("audit.capacity.revenue_target = lots\n"));
        assertTrue(target.getMessage().contains("audit.capacity.revenue_target"), target.getMessage());
    }

    @Test
    void aMisspelledKeyIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("audit.stale_factr = 3\n"));
        assertTrue(e.getMessage().contains("audit.stale_factr"), e.getMessage());
    }

    @Test
    void workingHoursPerDayDefaultToEightAndMustLieWithinADay() throws Exception {
        assertEquals(new BigDecimal("8"), read("").workingHoursPerDay());
        assertEquals(new BigDecimal("7.5"), read("audit.working_hours_per_day = 7.5\n").workingHoursPerDay());
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> read("audit.working_hours_per_day = 0\n"));
        assertTrue(zero.getMessage().contains("audit.working_hours_per_day"), zero.getMessage());
        assertThrows(InvalidInputException.class, () -> read("audit.working_hours_per_day = 25\n"));
    }
}
