package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.salesaudit.audit.Audit;
import org.salesaudit.audit.AuditInfo;
import org.salesaudit.audit.AuditSettings;
import org.salesaudit.audit.StageProbabilities;
import org.salesaudit.model.SalesData;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;

/** Sections come back in the report's order, and an audit that runs long is started before the short ones. */
class AuditSchedulingTest {

    private static final AuditSettings SETTINGS = new AuditSettings(LocalDate.of(2026, 10, 31),
            Currency.getInstance("USD"), StageProbabilities.defaults());
    private static final SalesData NO_DATA = new SalesData(List.of(), List.of(), List.of(), Set.of());

    /**
     * An audit that records when it starts; a short one then waits (at most 10 s) until the long one has
     * started, which never happens in time when the short ones hold every thread.
     */
    private record Recording(String id, boolean runsLong, ConcurrentLinkedQueue<String> started,
            CountDownLatch longStarted) implements Audit {
        @Override
        public AuditInfo info() {
            return new AuditInfo(id, "section." + id + ".title");
        }

        @Override
        public SectionOutcome answer(SalesData data, AuditSettings settings) {
            if (runsLong) {
                longStarted.countDown();
                started.add(id);
            } else {
                try {
                    started.add(longStarted.await(10, TimeUnit.SECONDS) ? id : id + " waited in vain");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new Skipped(id, "section." + id + ".title", "skipped.test", List.of());
        }
    }

    @Test
    void theLongAuditStartsFirstAndTheOrderIsKept() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "audits run on one thread with one core");
        ConcurrentLinkedQueue<String> started = new ConcurrentLinkedQueue<>();
        CountDownLatch longStarted = new CountDownLatch(1);
        List<Audit> audits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            audits.add(new Recording("short" + i, false, started, longStarted));
        }
        audits.add(new Recording("long", true, started, longStarted));
        List<SectionOutcome> sections = ReportEngine.runAudits(audits, NO_DATA, SETTINGS);
        assertEquals(audits.stream().map(Audit::id).toList(), sections.stream().map(SectionOutcome::id).toList());
        assertTrue(started.stream().noneMatch(s -> s.endsWith("in vain")), started::toString);
    }
}
