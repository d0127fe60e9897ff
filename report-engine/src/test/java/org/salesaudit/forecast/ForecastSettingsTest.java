package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

class ForecastSettingsTest {

    @TempDir
    Path dir;

    private SettingsFile file(String text) throws IOException {
        Path p = dir.resolve("settings.properties");
        Files.writeString(p, text);
        return SettingsFile.read(p);
    }

    @Test
    void defaultsAreTheDocumentedOnes() throws Exception {
        ForecastSettings s = ForecastSettings.from(SettingsFile.defaults());
        assertEquals(ForecastSettings.defaults(), s);
        assertEquals(6, s.horizonMonths());
        assertEquals(20_261_130L, s.seed());
        assertEquals(10_000, s.simulations());
        assertEquals(1.10, s.intervalScale());
    }

    @Test
    void everyKeyIsRead() throws Exception {
        SettingsFile f = file("forecast.horizon=12\nforecast.seed=7\nforecast.simulations=500\n"
                + "forecast.backtest_months=6\naudit.stale_factor=3\nforecast.interval_scale=1.2\n"
                + "forecast.run_rate.growth=0.05\nforecast.run_rate.new_rep_deals=1\n");
        ForecastSettings s = ForecastSettings.from(f);
        assertEquals(new ForecastSettings(12, 7, 500, 6, new BigDecimal("3"), 1.2, Optional.of(new BigDecimal("0.05")),
                Optional.of(BigDecimal.ONE)), s);
        f.checkAllKeysKnown();
    }

    @Test
    void aBadValueNamesTheKeyAndWhatWasExpected() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ForecastSettings.from(file("forecast.horizon=0\n")));
        String text = e.getMessage() + e.problems();
        assertTrue(text.contains("forecast.horizon") && text.contains("1 to 36"), text);
        InvalidInputException g = assertThrows(InvalidInputException.class,
                () -> ForecastSettings.from(file("forecast.run_rate.growth=-1\n")));
        assertTrue((g.getMessage() + g.problems()).contains("forecast.run_rate.growth"));
        assertThrows(InvalidInputException.class, () -> ForecastSettings.from(file("forecast.simulations=ten\n")));
        InvalidInputException p = assertThrows(InvalidInputException.class,
                () -> ForecastSettings.from(file("forecast.period=week\n")));
        String ptext = p.getMessage() + p.problems();
        assertTrue(ptext.contains("forecast.period") && ptext.contains("month or quarter"), ptext);
    }

    @Test
    void thePeriodIsMonthByDefaultOrQuarter() throws Exception {
        assertEquals(ForecastPeriod.MONTH, ForecastSettings.defaults().period());
        SettingsFile f = file("forecast.period=Quarter\n");
        assertEquals(ForecastPeriod.QUARTER, ForecastSettings.from(f).period());
        f.checkAllKeysKnown();
    }
}
