package org.salesaudit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salesaudit.stats.KaplanMeier.Observation;
import org.salesaudit.stats.KaplanMeier.Step;

/**
 * The Freireich et al. (1963) leukaemia remission data, the textbook example of survival analysis
 * (Gehan 1965; Kleinbaum and Klein, "Survival Analysis", ch. 2; R's {@code MASS::gehan}). 6-MP group,
 * weeks, {@code +} censored: 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+,
 * 32+, 34+, 35+. Placebo: 1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23.
 * <p>
 * Published: S(t) 0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448 at 6, 7, 10, 13, 16, 22, 23 weeks,
 * Greenwood standard errors 0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346, median 23 weeks;
 * log-rank chi-square 16.8 on 1 degree of freedom, p = 4.2e-05 (R {@code survdiff}). The full-precision
 * values and the log-log intervals come from an independent Python 3 standard-library implementation of
 * the same formulas (z = NormalDist().inv_cdf(0.975); band S^exp(±z·sqrt(G)/|log S|), G the Greenwood
 * sum): at 6 weeks 0.6197180 to 0.9515517, at 23 weeks 0.1880520 to 0.6801426; log-rank
 * O = 9, E = 19.2505009, V = 6.2569606, chi-square 16.7929410, p = 4.16881e-05.
 */
class KaplanMeierTest {

    static List<Observation> sixMp() {
        List<Observation> o = new ArrayList<>();
        int[] times = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
        boolean[] events = {true, true, true, false, true, false, true, false, false, true, true, false, false,
                false, true, true, false, false, false, false, false};
        for (int i = 0; i < times.length; i++) {
            o.add(new Observation(times[i], events[i]));
        }
        return o;
    }

    static List<Observation> placebo() {
        List<Observation> o = new ArrayList<>();
        for (int t : new int[] {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23}) {
            o.add(new Observation(t, true));
        }
        return o;
    }

    @Test
    void survivalAndGreenwoodErrorsMatchThePublishedTable() {
        KaplanMeier km = KaplanMeier.estimate(sixMp());
        double[] s = {0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
        double[] se = {0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346};
        double[] t = {6, 7, 10, 13, 16, 22, 23};
        assertEquals(7, km.steps().size());
        for (int i = 0; i < 7; i++) {
            Step step = km.steps().get(i);
            assertEquals(t[i], step.time());
            assertEquals(s[i], step.survival(), 0.0005);
            assertEquals(se[i], step.stdError(), 0.00005);
        }
        assertEquals(21, km.steps().get(0).atRisk());
        assertEquals(3, km.steps().get(0).events());
        assertEquals(0.8571428571428572, km.steps().get(0).survival(), 1e-12);
        assertEquals(9, km.events());
    }

    @Test
    void logLogIntervalsMatchTheIndependentComputation() {
        KaplanMeier km = KaplanMeier.estimate(sixMp());
        assertEquals(0.6197180, km.steps().get(0).low(), 1e-6);
        assertEquals(0.9515517, km.steps().get(0).high(), 1e-6);
        assertEquals(0.1880520, km.steps().get(6).low(), 1e-6);
        assertEquals(0.6801426, km.steps().get(6).high(), 1e-6);
    }

    @Test
    void medianWithItsInterval() {
        KaplanMeier km = KaplanMeier.estimate(sixMp());
        assertEquals(Optional.of(23.0), km.median());
        assertEquals(Optional.of(13.0), km.medianLow(), "the lower band first reaches 0.5 at 13 weeks");
        assertEquals(Optional.empty(), km.medianHigh(), "the upper band never reaches 0.5");
        assertEquals(Optional.of(8.0), KaplanMeier.estimate(placebo()).median());
        assertEquals(0.8067226890756303, km.survivalAt(9.5), 1e-12);
        assertEquals(1.0, km.survivalAt(5), 0);
    }

    @Test
    void censoredObservationsStayAtRiskUntilTheyEnd() {
        KaplanMeier km = KaplanMeier.estimate(List.of(new Observation(1, false), new Observation(2, true),
                new Observation(3, true)));
        assertEquals(2, km.steps().get(0).atRisk());
        assertEquals(0.5, km.steps().get(0).survival(), 1e-12);
        assertEquals(0.0, km.steps().get(1).survival(), 1e-12);
        for (Step step : KaplanMeier.estimate(sixMp()).steps()) {
            assertTrue(step.low() >= 0 && step.low() <= step.survival() && step.survival() <= step.high()
                    && step.high() <= 1, step.toString());
        }
    }

    @Test
    void logRankMatchesSurvdiff() {
        LogRank test = LogRank.of(List.of(sixMp(), placebo())).orElseThrow();
        assertEquals(16.7929410, test.statistic(), 1e-6);
        assertEquals(1, test.degreesOfFreedom());
        assertEquals(4.16881e-05, test.pValue(), 1e-9);
        assertEquals(16.8, test.statistic(), 0.05);
    }

    @Test
    void logRankWithThreeGroupsAndUndefinedCases() {
        LogRank three = LogRank.of(List.of(sixMp(), placebo(), sixMp())).orElseThrow();
        assertEquals(2, three.degreesOfFreedom());
        assertTrue(three.statistic() > 0 && three.pValue() < 0.001);
        assertEquals(Optional.empty(), LogRank.of(List.of(sixMp())));
        assertEquals(Optional.empty(), LogRank.of(List.of(List.of(new Observation(1, false)),
                List.of(new Observation(2, false)))));
    }
}
