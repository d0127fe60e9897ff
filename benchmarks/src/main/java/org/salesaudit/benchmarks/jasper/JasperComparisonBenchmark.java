package org.salesaudit.benchmarks.jasper;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.salesaudit.benchmarks.StatementBatchBenchmark;
import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.statements.StatementPdf;
import org.salesaudit.commission.statements.StatementText;
import org.salesaudit.commission.statements.StatementWorkbook;
import org.salesaudit.engine.CommissionEngine;
import org.salesaudit.engine.CommissionRequest;
import org.salesaudit.engine.Version;

/**
 * The same commission statements rendered (a) by JasperReports 6.21 from an equivalent JRXML, as PDF,
 * and (b) by salesaudit, as PDF and XLSX, in this JVM on the same threads. The statements are those of
 * {@link StatementBatchBenchmark} (computed once, not timed), all in English; both sides start from
 * the computed months, format with the same {@link StatementText} and keep the files in memory.
 * Templates are compiled/parsed before timing; a warm-up round of each side runs first, then the
 * timed rounds alternate (a), (b). Prints wall and CPU seconds per side and the ratio (b)/(a), then
 * salesaudit's PDF and XLSX timed on their own.
 *
 * <p>Usage: {@code JasperComparisonBenchmark <statements> <work directory> [threads] [rounds]}
 */
public final class JasperComparisonBenchmark {

    private JasperComparisonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException(
                    "usage: JasperComparisonBenchmark <statements> <work directory> [threads] [rounds]");
        }
        int reps = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Path workbook = StatementBatchBenchmark.writeWorkbook(dir.resolve("batch-" + reps + ".xlsx"), reps);
        CommissionRun run = new CommissionEngine(threads).calculate(
                CommissionRequest.of(List.of(workbook), dir.resolve("unused"), YearMonth.of(2026, 10)));
        List<RepMonth> statements = run.statements();
        StatementText text = new StatementText(Locale.ENGLISH, run.currency());
        String generator = Version.generator();
        String inputs = workbook.getFileName().toString();
        LocalDate date = run.period().atEndOfMonth();
        JasperStatements jasper = new JasperStatements();

        Side a = m -> jasper.pdf(m, text, generator, inputs).length;
        Side b = m -> StatementPdf.write(m, text, generator, List.of(inputs), date, m.rep().id() + ".pdf").length
                + StatementWorkbook.write(m, text, generator, date).length;
        Side pdf = m -> StatementPdf.write(m, text, generator, List.of(inputs), date, m.rep().id() + ".pdf").length;
        Side xlsx = m -> StatementWorkbook.write(m, text, generator, date).length;
        // One statement of each side, to look at.
        RepMonth sample = statements.get(0);
        Files.write(dir.resolve("sample-jasper.pdf"), jasper.pdf(sample, text, generator, inputs));
        Files.write(dir.resolve("sample-salesaudit.pdf"),
                StatementPdf.write(sample, text, generator, List.of(inputs), date, "sample-salesaudit.pdf"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<RepMonth> warmUp = statements.subList(0, Math.min(statements.size(), 50));
            time(pool, warmUp, a);
            time(pool, warmUp, b);
            for (int r = 1; r <= rounds; r++) {
                double[] ja = time(pool, statements, a);
                double[] sb = time(pool, statements, b);
                System.out.printf(Locale.ROOT, "round=%d statements=%d threads=%d "
                        + "jasper(pdf): wall=%.1fs cpu=%.1fs bytes=%d | salesaudit(pdf+xlsx): wall=%.1fs cpu=%.1fs "
                        + "bytes=%d | ratio b/a wall=%.2f cpu=%.2f%n", r, statements.size(), threads, ja[0], ja[1],
                        (long) ja[2], sb[0], sb[1], (long) sb[2], sb[0] / ja[0], sb[1] / ja[1]);
            }
            // Where salesaudit's time goes: the PDF and the XLSX on their own.
            double[] p = time(pool, statements, pdf);
            double[] x = time(pool, statements, xlsx);
            System.out.printf(Locale.ROOT, "salesaudit pdf only: wall=%.1fs cpu=%.1fs | xlsx only: wall=%.1fs cpu=%.1fs%n",
                    p[0], p[1], x[0], x[1]);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Renders one statement and returns the number of bytes written. */
    private interface Side {
        long render(RepMonth m) throws Exception;
    }

    /** @return wall seconds, process CPU seconds and bytes written */
    private static double[] time(ExecutorService pool, List<RepMonth> statements, Side side) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        for (RepMonth m : statements) {
            Callable<Long> task = () -> side.render(m);
            futures.add(pool.submit(task));
        }
        long bytes = 0;
        for (Future<Long> f : futures) {
            bytes += f.get();
        }
        return new double[] {(System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, bytes};
    }
}
