package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private static final int ROWS = ReadAhead.BATCH_ROWS * (ReadAhead.BATCHES_AHEAD + 3) + 17;

    private static List<RawCell> cells(int row) {
        return List.of(RawCell.numberAt(row, row, 0));
    }

    @Test
    void everyRowArrivesInOrderOnTheCallingThread() throws Exception {
        Thread caller = Thread.currentThread();
        List<Integer> seen = new ArrayList<>();
        ReadAhead.run(sink -> {
            assertTrue(Thread.currentThread() != caller, "the reader runs on another thread");
            for (int r = 0; r < ROWS; r++) {
                if (!sink.row(r, cells(r))) {
                    return;
                }
            }
        }, (row, cells) -> {
            assertSame(caller, Thread.currentThread());
            assertEquals(row, (int) cells.get(0).number());
            seen.add(row);
            return true;
        });
        assertEquals(ROWS, seen.size());
        for (int r = 0; r < ROWS; r++) {
            assertEquals(r, seen.get(r));
        }
    }

    @Test
    void aFailureOfTheReaderComesAfterTheRowsReadBeforeIt() {
        IOException damaged = new IOException("damaged part");
        List<Integer> seen = new ArrayList<>();
        IOException thrown = assertThrows(IOException.class, () -> ReadAhead.run(sink -> {
            for (int r = 0; r < 1000; r++) {
                sink.row(r, cells(r));
            }
            throw damaged;
        }, (row, cells) -> seen.add(row)));
        assertSame(damaged, thrown);
        assertEquals(1000, seen.size());
    }

    @Test
    void anErrorOfTheReaderIsThrownAsItIs() {
        StackOverflowError deep = new StackOverflowError();
        assertSame(deep, assertThrows(StackOverflowError.class, () -> ReadAhead.run(sink -> {
            throw deep;
        }, (row, cells) -> true)));
    }

    @Test
    void whenTheCallerStopsTheReaderIsToldToStop() throws Exception {
        AtomicInteger offered = new AtomicInteger();
        boolean[] readerSawStop = new boolean[1];
        List<Integer> seen = new ArrayList<>();
        ReadAhead.run(sink -> {
            for (int r = 0; r < 10_000_000; r++) {
                offered.incrementAndGet();
                if (!sink.row(r, cells(r))) {
                    readerSawStop[0] = true;
                    return;
                }
            }
        }, (row, cells) -> {
            seen.add(row);
            return row < 9;
        });
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
        assertTrue(readerSawStop[0], "the reader stopped before the end");
        assertTrue(offered.get() < 10_000_000, "the reader stopped early: " + offered.get());
    }

    @Test
    void aFailureOfTheCallerStopsTheReaderAndIsThrown() {
        IllegalStateException bad = new IllegalStateException("bad row");
        assertSame(bad, assertThrows(IllegalStateException.class, () -> ReadAhead.run(sink -> {
            for (int r = 0; r < 10_000_000 && sink.row(r, cells(r)); r++) {
                // reads until told to stop
            }
        }, (row, cells) -> {
            if (row == 300) {
                throw bad;
            }
            return true;
        })));
    }
}
