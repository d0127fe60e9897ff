package org.salesaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the rows of a sheet part on a second thread while the calling thread uses them: the reader
 * (inflating the part and parsing its markup) fills batches of rows, and hands them over through a queue
 * of at most {@value #BATCHES_AHEAD} batches, so memory stays bounded whatever the sheet's size. The
 * calling thread sees every row in the order of the part, exactly as if it had read them itself: what
 * it does with them (typing, checks, problems) is unchanged and does not depend on timing.
 *
 * <p>A failure of the reader (a damaged part, a zip bomb, an Error thrown inside POI) is thrown again on
 * the calling thread when it reaches the rows after which it occurred. When the calling thread stops early
 * (its sink returns false, or it throws), the reader is told to stop and is waited for; it is never
 * interrupted (an interrupt would close the package's file channel).
 */
final class ReadAhead {

    /** Rows per batch handed over. */
    static final int BATCH_ROWS = 256;

    /** Batches the reader may be ahead of the calling thread. */
    static final int BATCHES_AHEAD = 8;

    private static final long OFFER_WAIT_MS = 20;

    /** Reads rows into a sink (on the reading thread). */
    @FunctionalInterface
    interface Reader {
        void read(SheetPartReader.RowSink sink) throws Exception;
    }

    private ReadAhead() {
    }

    /**
     * Runs {@code reader} on a second thread and gives its rows, in order, to {@code sink} on this thread.
     *
     * @throws Exception what the reader or the sink threw
     */
    static void run(Reader reader, SheetPartReader.RowSink sink) throws Exception {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Producer producer = new Producer(reader, queue);
        Thread thread = new Thread(producer, "salesaudit-sheet-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Batch batch = queue.take();
                for (int i = 0; i < batch.size(); i++) {
                    if (!sink.row(batch.rows[i], batch.cells.get(i))) {
                        return;
                    }
                }
                if (batch.last) {
                    if (batch.failure != null) {
                        throw rethrow(batch.failure);
                    }
                    return;
                }
            }
        } finally {
            producer.stopped = true;
            queue.clear();
            joinUninterruptibly(thread);
        }
    }

    private static Exception rethrow(Throwable failure) {
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof Exception e) {
            return e;
        }
        return new IllegalStateException(failure);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reading thread's work: fill batches, hand them over, then hand over the last one with any failure. */
    private static final class Producer implements Runnable {
        private final Reader reader;
        private final BlockingQueue<Batch> queue;
        volatile boolean stopped;
        private Batch current = new Batch();

        Producer(Reader reader, BlockingQueue<Batch> queue) {
            this.reader = reader;
            this.queue = queue;
        }

        @Override
        public void run() {
            Throwable failure = null;
            try {
                reader.read(this::row);
            } catch (Throwable e) {
                failure = e;
            }
            current.last = true;
            current.failure = failure;
            hand(current);
            current = null;
        }

        private boolean row(int row, List<RawCell> cells) {
            current.add(row, cells);
            if (current.size() == BATCH_ROWS) {
                if (!hand(current)) {
                    return false;
                }
                current = new Batch();
            }
            return !stopped;
        }

        /** @return false when the calling thread stopped taking rows */
        private boolean hand(Batch batch) {
            try {
                while (!queue.offer(batch, OFFER_WAIT_MS, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        return false;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return !stopped;
        }
    }

    /** Rows handed over together. */
    private static final class Batch {
        final int[] rows = new int[BATCH_ROWS];
        final List<List<RawCell>> cells = new ArrayList<>(BATCH_ROWS);
        boolean last;
        Throwable failure;

        void add(int row, List<RawCell> rowCells) {
            rows[cells.size()] = row;
            cells.add(rowCells);
        }

        int size() {
            return cells.size();
        }
    }
}
