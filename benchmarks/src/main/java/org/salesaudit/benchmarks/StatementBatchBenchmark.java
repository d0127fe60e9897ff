package org.salesaudit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.salesaudit.engine.CommissionEngine;
import org.salesaudit.engine.CommissionRequest;
import org.salesaudit.engine.CommissionResult;

/**
 * A batch of commission statements: writes a workbook of N reps (three won deals each in October
 * 2026, one tiered plan, a split every tenth deal), runs {@code salesaudit commissions} on it in this
 * JVM and prints the wall time, the statements per second, the process CPU time per statement (all
 * threads, calculation included) and the peak of the old generation.
 *
 * <p>Usage: {@code StatementBatchBenchmark <reps> <work directory> [threads]}; run it with a fixed
 * {@code -Xmx} to check that memory stays bounded.
 */
public final class StatementBatchBenchmark {

    private StatementBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: StatementBatchBenchmark <reps> <work directory> [threads]");
        }
        int reps = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path workbook = writeWorkbook(dir.resolve("batch-" + reps + ".xlsx"), reps);
        CommissionEngine engine = new CommissionEngine(threads);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        CommissionResult result = engine.generate(CommissionRequest.of(List.of(workbook), dir.resolve("out-" + reps),
                YearMonth.of(2026, 10)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // The old generation holds what survives: its peak is the working set of the batch.
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        System.out.printf(Locale.ROOT, "reps=%d threads=%d statements=%d files=%d seconds=%.1f statements/s=%.2f "
                + "cpu s/statement=%.3f peak old generation=%d MiB max heap=%d MiB%n", reps, threads, result.totals().statements(),
                result.files().size(), seconds, result.totals().statements() / seconds,
                cpuSeconds / result.totals().statements(), peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    public static Path writeWorkbook(Path file, int reps) throws IOException {
        Random random = new Random(reps);
        // Streamed, so that writing the input of a large batch does not weigh on the heap being measured.
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet deals = wb.createSheet("Deals");
            header(deals, "Deal ID", "Owner", "Close Date", "Amount", "Currency", "Status", "Product");
            Sheet repSheet = wb.createSheet("Reps");
            header(repSheet, "Rep ID", "Name", "Team", "Language");
            Sheet plans = wb.createSheet("Plans");
            header(plans, "Plan", "Version", "Effective From", "Base Salary", "Target", "Rate", "Method");
            Row plan = plans.createRow(1);
            plan.createCell(0).setCellValue("AE");
            plan.createCell(1).setCellValue("v1");
            plan.createCell(2).setCellValue(LocalDate.of(2026, 10, 1));
            plan.getCell(2).setCellStyle(date);
            plan.createCell(3).setCellValue(4000);
            plan.createCell(4).setCellValue(15000);
            plan.createCell(5).setCellValue(10);
            plan.createCell(6).setCellValue("tier");
            Sheet tiers = wb.createSheet("Tiers");
            header(tiers, "Plan", "Version", "From %", "To %", "Rate");
            tier(tiers, 1, 0, 100, 10);
            tier(tiers, 2, 100, -1, 14);
            Sheet assignments = wb.createSheet("Plan Assignments");
            header(assignments, "Rep", "Plan", "From");
            Sheet splits = wb.createSheet("Credit Splits");
            header(splits, "Deal ID", "Rep", "Split %");
            String[] languages = {"en", "en", "pl", "ru", "ko", "ar"};
            int dealRow = 1;
            int splitRow = 1;
            for (int r = 0; r < reps; r++) {
                String id = String.format(Locale.ROOT, "R%05d", r + 1);
                Row rep = repSheet.createRow(r + 1);
                rep.createCell(0).setCellValue(id);
                rep.createCell(1).setCellValue("Rep " + (r + 1));
                rep.createCell(2).setCellValue("Team " + (r / 25 + 1));
                rep.createCell(3).setCellValue(languages[r % languages.length]);
                Row a = assignments.createRow(r + 1);
                a.createCell(0).setCellValue(id);
                a.createCell(1).setCellValue("AE");
                a.createCell(2).setCellValue(LocalDate.of(2026, 10, 1));
                a.getCell(2).setCellStyle(date);
                for (int d = 0; d < 3; d++) {
                    String dealId = "D" + dealRow;
                    Row deal = deals.createRow(dealRow++);
                    deal.createCell(0).setCellValue(dealId);
                    deal.createCell(1).setCellValue(id);
                    deal.createCell(2).setCellValue(LocalDate.of(2026, 10, 1 + random.nextInt(31)));
                    deal.getCell(2).setCellStyle(date);
                    deal.createCell(3).setCellValue(1000 + random.nextInt(80) * 100);
                    deal.createCell(4).setCellValue("USD");
                    deal.createCell(5).setCellValue("Won");
                    deal.createCell(6).setCellValue("Suite");
                    if (dealRow % 10 == 0 && r + 1 < reps) {
                        split(splits, splitRow++, dealId, id, 60);
                        split(splits, splitRow++, dealId, String.format(Locale.ROOT, "R%05d", r + 2), 40);
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        return file;
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static void tier(Sheet sheet, int row, int from, int to, int rate) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue("AE");
        r.createCell(1).setCellValue("v1");
        r.createCell(2).setCellValue(from);
        if (to >= 0) {
            r.createCell(3).setCellValue(to);
        }
        r.createCell(4).setCellValue(rate);
    }

    private static void split(Sheet sheet, int row, String deal, String rep, int share) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(deal);
        r.createCell(1).setCellValue(rep);
        r.createCell(2).setCellValue(share);
    }
}
