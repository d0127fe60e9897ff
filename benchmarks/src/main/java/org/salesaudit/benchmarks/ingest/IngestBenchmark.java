package org.salesaudit.benchmarks.ingest;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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
 * org.salesaudit.benchmarks.ingest.IngestBenchmark [rows] [dir] [rounds] [sections]}: generates the
 * workbook once (kept for later runs), then alternates (a) a raw fastexcel-reader read of every cell, (c)
 * salesaudit's ingestion alone (reading, typing, consistency checks: what {@code salesaudit validate} does)
 * and (b) salesaudit's ingestion plus every audit section (no rendering), {@code rounds} measured rounds
 * (default 3) after one warm-up round of (a) and (c), and prints the median times, wall-clock and CPU time
 * of the main thread (steadier on a loaded machine), and the ratios (b)/(a) and (c)/(a). With
 * {@code sections} it then times each audit section once on the ingested data, to show where (b) goes.
 */
public final class IngestBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 30);

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/ingest-benchmark");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
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
        ReportEngine engine = new ReportEngine();
        // wall-clock and main-thread CPU times of (a), (c) and (b) in each measured round
        long[][] wall = new long[3][rounds];
        long[][] cpu = new long[3][rounds];
        long cells = 0;
        int deals = 0;
        int sections = 0;
        for (int round = -1; round < rounds; round++) {
            boolean warmUp = round < 0;
            long[] w = new long[3];
            long[] c = new long[3];
            Clock clock = new Clock();
            cells = rawRead(workbook);
            clock.lap(w, c, 0);
            deals = ingest(workbook).data().deals().size();
            clock.lap(w, c, 1);
            if (!warmUp) {
                // the warm-up round leaves (b) out: its ingestion is (c)'s code, and its audits take long
                sections = audit(engine, workbook, dir);
                clock.lap(w, c, 2);
                for (int k = 0; k < 3; k++) {
                    wall[k][round] = w[k];
                    cpu[k][round] = c[k];
                }
            }
            System.out.printf(Locale.ROOT, "%s (a) fastexcel raw read %.2f s (cpu %.2f s), %,d cells; "
                    + "(c) ingest %.2f s (cpu %.2f s), %,d deals%s%n", warmUp ? "warm-up" : "round " + (round + 1),
                    seconds(w[0]), seconds(c[0]), cells, seconds(w[1]), seconds(c[1]), deals,
                    warmUp ? "" : String.format(Locale.ROOT, "; (b) ingest + audit %.2f s (cpu %.2f s), %d sections",
                            seconds(w[2]), seconds(c[2]), sections));
        }
        double a = seconds(median(wall[0]));
        double c = seconds(median(wall[1]));
        double b = seconds(median(wall[2]));
        double aCpu = seconds(median(cpu[0]));
        double cCpu = seconds(median(cpu[1]));
        double bCpu = seconds(median(cpu[2]));
        System.out.printf(Locale.ROOT, "median wall (a) %.2f s, (c) %.2f s, (b) %.2f s; ratio (c)/(a) = %.2f, "
                + "ratio (b)/(a) = %.2f%n", a, c, b, c / a, b / a);
        System.out.printf(Locale.ROOT, "median main-thread cpu (a) %.2f s, (c) %.2f s, (b) %.2f s; ratio (c)/(a) = %.2f, "
                + "ratio (b)/(a) = %.2f; heap pools peak sum %,d MB%n", aCpu, cCpu, bCpu, cCpu / aCpu, bCpu / aCpu,
                peakHeapMb());
        if (args.length > 3 && args[3].equals("sections")) {
            sectionTimes(workbook);
        }
    }

    /** Laps of wall-clock time and of the CPU time of the current thread. */
    private static final class Clock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long wall = System.nanoTime();
        private long cpu = threads.getCurrentThreadCpuTime();

        void lap(long[] walls, long[] cpus, int index) {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            walls[index] = nowWall - wall;
            cpus[index] = nowCpu - cpu;
            wall = nowWall;
            cpu = nowCpu;
        }
    }

    private static Ingested ingest(Path workbook) throws Exception {
        return new SalesDataReader(ColumnMapping.none()).read(List.of(workbook), Optional.empty(),
                Optional.of(AS_OF), new ProblemLog(ProblemPolicy.COLLECT));
    }

    /** Times every audit section once on the ingested data, slowest first. */
    private static void sectionTimes(Path workbook) throws Exception {
        Ingested in = ingest(workbook);
        AuditSettings settings = AuditSettings.from(SettingsFile.defaults(), AS_OF, in.currency());
        Map<String, Long> times = new LinkedHashMap<>();
        for (Audit audit : Audits.all(SettingsFile.defaults())) {
            long t = System.nanoTime();
            audit.run(in.data(), settings);
            times.put(audit.id(), System.nanoTime() - t);
        }
        StringBuilder line = new StringBuilder("audit sections, slowest first:");
        times.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(String.format(Locale.ROOT, " %s %.2f s;", e.getKey(), seconds(e.getValue()))));
        System.out.println(line);
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
