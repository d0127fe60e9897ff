package org.salesaudit.forecast.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MonthlyForecasterTest {

    private final MonthlyForecaster forecaster = new MonthlyForecaster(1.0);

    @Test
    void seasonalSeriesIsDetectedAndNoiseIsNot() {
        double[] seasonal = new double[48];
        double[] noise = new double[48];
        Random r = new Random(7);
        for (int t = 0; t < 48; t++) {
            seasonal[t] = 100 + 30 * Math.sin(2 * Math.PI * t / 12) + r.nextGaussian();
            noise[t] = 100 + r.nextGaussian() * 10;
        }
        assertTrue(SeasonalityTest.isSeasonal(seasonal));
        assertFalse(SeasonalityTest.isSeasonal(noise));
        assertTrue(forecaster.forecastAll(seasonal, 12).containsKey("holt_winters"));
        assertFalse(forecaster.forecastAll(noise, 12).containsKey("holt_winters"));
    }

    @Test
    void seasonalForecastFollowsTheSeason() {
        double[] y = new double[60];
        for (int t = 0; t < 60; t++) {
            y[t] = 100 * (1 + 0.4 * Math.sin(2 * Math.PI * t / 12));
        }
        double[] f = forecaster.forecast(y, 12).mean();
        for (int i = 0; i < 12; i++) {
            assertEquals(y[48 + i], f[i], 2.0, "month " + i);
        }
    }

    @Test
    void neverNegativeOnACollapsingSeries() {
        double[] y = new double[24];
        for (int t = 0; t < 24; t++) {
            y[t] = Math.max(0, 1000 - 45.0 * t);
        }
        for (Map.Entry<String, SeriesForecast> e : forecaster.forecastAll(y, 18).entrySet()) {
            for (double v : e.getValue().mean()) {
                assertTrue(v >= 0, e.getKey() + " forecast " + v);
            }
            for (double v : e.getValue().lo95()) {
                assertTrue(v >= 0, e.getKey() + " lower bound " + v);
            }
        }
    }

    @Test
    void neverRunawayOnAnExplodingSeries() {
        double[] y = new double[30];
        for (int t = 0; t < 30; t++) {
            y[t] = Math.pow(1.4, t);
        }
        double max = y[29];
        for (SeriesForecast f : forecaster.forecastAll(y, 36).values()) {
            for (double v : f.hi95()) {
                assertTrue(v <= MonthlyForecaster.CAP_FACTOR * max * (1 + 1e-9), f.method() + " " + v);
            }
        }
    }

    @Test
    void intervalsNestAroundTheForecastAndWiden() {
        double[] y = {120, 130, 125, 140, 150, 145, 160, 155, 170, 165, 180, 175, 190, 185};
        SeriesForecast f = forecaster.forecast(y, 6);
        for (int i = 0; i < 6; i++) {
            assertTrue(f.lo95()[i] <= f.lo80()[i] && f.lo80()[i] <= f.mean()[i] && f.mean()[i] <= f.hi80()[i]
                    && f.hi80()[i] <= f.hi95()[i], "step " + i);
        }
        assertTrue(f.hi95()[5] - f.lo95()[5] > f.hi95()[0] - f.lo95()[0]);
    }

    @Test
    void shortOrEmptySeriesGetTheirMean() {
        assertEquals(20, forecaster.forecast(new double[] {10, 30}, 3).mean()[2], 1e-9);
        assertEquals(0, forecaster.forecast(new double[] {0, 0, 0, 0, 0}, 3).mean()[0], 1e-9);
    }

    @Test
    void refusesNegativeValuesAndBadHorizons() {
        assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(new double[] {1, -2, 3, 4}, 3));
        assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(new double[] {1, 2, 3, 4}, 0));
        assertThrows(IllegalArgumentException.class, () -> new MonthlyForecaster(0));
    }

    @Test
    void sameInputSameForecast() {
        double[] y = {5, 9, 4, 8, 12, 7, 6, 11, 13, 9, 10, 14, 8, 12, 15};
        assertEquals(forecaster.forecastAll(y, 5), forecaster.forecastAll(y.clone(), 5));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theCombinationAloneIsTheCombinationOfAllTheMethods(int seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 6; round++) {
            int n = random.nextInt(40);
            double[] y = new double[n];
            for (int t = 0; t < n; t++) {
                // seasonal, trending or flat, with zeros now and then (no logarithms then)
                double season = seed % 2 == 0 ? 1 + 0.4 * Math.sin(2 * Math.PI * t / 12) : 1;
                y[t] = random.nextInt(8) == 0 && seed % 3 == 0 ? 0 : (100 + t * (seed - 4) + random.nextGaussian() * 10) * season;
                y[t] = Math.max(0, y[t]);
            }
            for (int seasonalPeriod : new int[] {12, 4}) {
                MonthlyForecaster f = new MonthlyForecaster(1 + round % 3 * 0.5, seasonalPeriod);
                int h = 1 + random.nextInt(6);
                SeriesForecast all = f.forecastAll(y, h).get("combination");
                SeriesForecast alone = f.forecast(y, h);
                assertEquals(all.method(), alone.method());
                org.junit.jupiter.api.Assertions.assertArrayEquals(all.mean(), alone.mean());
                org.junit.jupiter.api.Assertions.assertArrayEquals(all.lo80(), alone.lo80());
                org.junit.jupiter.api.Assertions.assertArrayEquals(all.hi80(), alone.hi80());
                org.junit.jupiter.api.Assertions.assertArrayEquals(all.lo95(), alone.lo95());
                org.junit.jupiter.api.Assertions.assertArrayEquals(all.hi95(), alone.hi95());
            }
        }
    }
}
