package org.salesaudit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.salesaudit.stats.KaplanMeier.Observation;
import org.salesaudit.stats.KaplanMeier.Step;

/**
 * The estimate against its definition, for random observations with many ties (times are few whole days):
 * one step per distinct event time, at risk = observations lasting at least that long, events = events at
 * exactly that time, S(t) = Π (1 − d/n); and the order of the observations never matters.
 */
class KaplanMeierPropertiesTest {

    @Provide
    Arbitrary<List<Observation>> observations() {
        Arbitrary<Observation> one = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.of(true, false)).as((days, event) -> new Observation(days, event));
        return one.list().ofMinSize(0).ofMaxSize(60);
    }

    @Property(tries = 500)
    void stepsFollowTheDefinition(@ForAll("observations") List<Observation> observations) {
        KaplanMeier km = KaplanMeier.estimate(observations);
        List<Double> eventTimes = observations.stream().filter(Observation::event).map(Observation::time)
                .distinct().sorted().toList();
        assertEquals(eventTimes.size(), km.steps().size());
        double survival = 1;
        for (int i = 0; i < eventTimes.size(); i++) {
            double t = eventTimes.get(i);
            long atRisk = observations.stream().filter(o -> o.time() >= t).count();
            long events = observations.stream().filter(o -> o.event() && o.time() == t).count();
            survival *= 1 - (double) events / atRisk;
            Step step = km.steps().get(i);
            assertEquals(t, step.time());
            assertEquals(atRisk, step.atRisk());
            assertEquals(events, step.events());
            assertEquals(survival, step.survival(), 1e-12);
        }
        assertEquals(observations.size(), km.observations());
        assertEquals(observations.stream().filter(Observation::event).count(), km.events());
    }

    @Property(tries = 200)
    void orderOfTheObservationsDoesNotMatter(@ForAll("observations") List<Observation> observations,
            @ForAll long seed) {
        List<Observation> shuffled = new ArrayList<>(observations);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(KaplanMeier.estimate(observations).steps(), KaplanMeier.estimate(shuffled).steps());
    }
}
