package org.salesaudit.benchmarks.ingest;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.salesaudit.audit.Audit;
import org.salesaudit.audit.AuditSettings;
import org.salesaudit.audit.Audits;
import org.salesaudit.engine.OutputFormat;
import org.salesaudit.engine.ReportEngine;
import org.salesaudit.engine.ReportRequest;
import org.salesaudit.ingest.ColumnMapping;
import org.salesaudit.ingest.Ingested;
import org.salesaudit.ingest.SalesDataReader;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.report.ReportModel;
import org.salesaudit.settings.SettingsFile;

/**
 * {@code java -Xmx512m -cp benchmarks/target/salesaudit-benchmarks.jar
 * org.salesaudit.benchmarks.ingest.IngestBenchmark [rows] [dir] [rounds] [sections|ingest]}: generates the
 * workbook once (kept for later runs), then alternates (a) a raw fastexcel-reader read of every cell, (c)
 * salesaudit's ingestion alone (reading, typing, consistency checks: what {@code salesaudit validate} does)
 * and (b) salesaudit's ingestion plus every audit section (no rendering), {@code rounds} measured rounds
 * (default 3) after one warm-up round of (a) and (c), and prints the median times and the ratios (b)/(a) and
 * (c)/(a) three ways: wall-clock (the figure that counts on a quiet machine), CPU time of the whole process
 * (every thread: the second thread salesaudit reads sheets on, the audit sections' threads, the garbage
 * collector) and CPU time of the main thread. With {@code sections} it then times each audit section once
 * on the ingested data, to show where (b) goes; with {@code ingest} it leaves (b) out (while the forecast
 * section takes minutes on a million deals, this compares ingestion alone quickly).
 */
public final class IngestBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 30);

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/ingest-benchmark");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean ingestOnly = args.length > 3 && args[3].equals("ingest");
        Files.createDirectories(dir);
        Path workbook = dir.resolve("deals-" + rows + ".xlsx");
        if (!Files.exists(workbook)) {
            long t = System.nanoTime();
            DealsWorkbookGenerator.write(workbook, rows);
            System.out.printf(Locale.ROOT, "generated %s (%,d bytes) in %.1f s%n", workbook, Files.size(workbook),
                    seconds(System.nanoTime() - t));
        }
        System.out.printf(Locale.ROOT, "rows %,d, max heap %,d MB, %s%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.version"));
        System.out.printf(Locale.ROOT, "load average at start %.2f, %d cores%n", OS.getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        ReportEngine engine = new ReportEngine();
        // wall-clock, main-thread CPU and process CPU (all threads) times of (a), (c) and (b) in each measured round
        long[][] wall = new long[3][rounds];
        long[][] cpu = new long[3][rounds];
        long[][] processCpu = new long[3][rounds];
        long cells = 0;
        int deals = 0;
        int sections = 0;
        for (int round = -1; round < rounds; round++) {
            boolean warmUp = round < 0;
            Lap[] laps = new Lap[3];
            Clock clock = new Clock();
            cells = rawRead(workbook);
            laps[0] = clock.lap();
            deals = ingest(workbook).data().deals().size();
            laps[1] = clock.lap();
            if (!warmUp && !ingestOnly) {
                // the warm-up round leaves (b) out: its ingestion is (c)'s code, and its audits take long
                sections = audit(engine, workbook, dir);
                laps[2] = clock.lap();
            }
            if (!warmUp) {
                for (int k = 0; k < (ingestOnly ? 2 : 3); k++) {
                    wall[k][round] = laps[k].wall();
                    cpu[k][round] = laps[k].cpu();
                    processCpu[k][round] = laps[k].processCpu();
                }
            }
            System.out.printf(Locale.ROOT, "%s (a) fastexcel raw read %s, %,d cells; (c) ingest %s, %,d deals%s%n",
                    warmUp ? "warm-up" : "round " + (round + 1), laps[0], cells, laps[1], deals,
                    warmUp || ingestOnly ? "" : String.format(Locale.ROOT, "; (b) ingest + audit %s, %d sections", laps[2], sections));
        }
        ratios("wall-clock", wall, !ingestOnly);
        ratios("process cpu (all threads)", processCpu, !ingestOnly);
        ratios("main-thread cpu", cpu, !ingestOnly);
        System.out.printf(Locale.ROOT, "heap pools peak sum %,d MB; load average at end %.2f%n", peakHeapMb(),
                OS.getSystemLoadAverage());
        if (args.length > 3 && args[3].equals("sections")) {
            sectionTimes(workbook);
        }
    }

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static void ratios(String what, long[][] times, boolean withAudit) {
        double a = seconds(median(times[0]));
        double c = seconds(median(times[1]));
        double b = seconds(median(times[2]));
        if (!withAudit) {
            System.out.printf(Locale.ROOT, "median %s (a) %.2f s, (c) %.2f s; ratio (c)/(a) = %.2f%n", what, a, c, c / a);
            return;
        }
        System.out.printf(Locale.ROOT, "median %s (a) %.2f s, (c) %.2f s, (b) %.2f s; ratio (c)/(a) = %.2f, "
                + "ratio (b)/(a) = %.2f%n", what, a, c, b, c / a, b / a);
    }

    /** One lap: wall-clock time, CPU time of the main thread and CPU time of the whole process, in ns. */
    private record Lap(long wall, long cpu, long processCpu) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f s (cpu main %.2f s, process %.2f s)", seconds(wall), seconds(cpu),
                    seconds(processCpu));
        }
    }

    /** Laps of wall-clock time, of the CPU time of the current thread and of the whole process. */
    private static final class Clock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long wall = System.nanoTime();
        private long cpu = threads.getCurrentThreadCpuTime();
        private long processCpu = OS.getProcessCpuTime();

        Lap lap() {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            long nowProcess = OS.getProcessCpuTime();
            Lap lap = new Lap(nowWall - wall, nowCpu - cpu, nowProcess - processCpu);
            wall = nowWall;
            cpu = nowCpu;
            processCpu = nowProcess;
            return lap;
        }
    }

    private static Ingested ingest(Path workbook) throws Exception {
        return new SalesDataReader(ColumnMapping.none()).read(List.of(workbook), Optional.empty(),
                Optional.of(AS_OF), new ProblemLog(ProblemPolicy.COLLECT));
    }

    /**
     * Times every audit section once on the ingested data, one after the other on this thread: wall-clock time
     * and CPU time of the thread (a section may use more threads of its own; the process CPU is shown too),
     * slowest first.
     */
    private static void sectionTimes(Path workbook) throws Exception {
        Ingested in = ingest(workbook);
        AuditSettings settings = AuditSettings.from(SettingsFile.defaults(), AS_OF, in.currency());
        Map<String, Lap> times = new LinkedHashMap<>();
        for (Audit audit : Audits.all(SettingsFile.defaults())) {
            Clock clock = new Clock();
            audit.run(in.data(), settings);
            times.put(audit.id(), clock.lap());
        }
        StringBuilder line = new StringBuilder("audit sections, slowest first (wall; cpu of the thread; cpu of the process):");
        times.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, Lap> e) -> e.getValue().wall()).reversed())
                .forEach(e -> line.append(String.format(Locale.ROOT, "%n  %-22s %7.3f s; %7.3f s; %7.3f s", e.getKey(),
                        seconds(e.getValue().wall()), seconds(e.getValue().cpu()), seconds(e.getValue().processCpu()))));
        System.out.println(line);
        long others = times.entrySet().stream().filter(e -> !e.getKey().equals("forecast"))
                .mapToLong(e -> e.getValue().wall()).sum();
        System.out.printf(Locale.ROOT, "every section but the forecast: %.3f s wall in all%n", seconds(others));
    }

    private static long rawRead(Path workbook) throws Exception {
        long cells = 0;
        try (InputStream in = Files.newInputStream(workbook); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Sheet sheet : wb.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    cells += rows.mapToLong(row -> {
                        long n = 0;
                        for (int c = 0; c < row.getCellCount(); c++) {
                            if (row.getCellRawValue(c).isPresent()) {
                                n++;
                            }
                        }
                        return n;
                    }).sum();
                }
            }
        }
        return cells;
    }

    private static int audit(ReportEngine engine, Path workbook, Path dir) throws Exception {
        ReportModel model = engine.buildModel(ReportRequest.builder(List.of(workbook), dir.resolve("out"))
                .formats(Set.of(OutputFormat.XLSX)).asOf(AS_OF).build());
        return model.producedSections().size();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
