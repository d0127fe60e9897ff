package org.salesaudit.render.xlsx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.report.Column;
import org.salesaudit.report.InputFile;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.SampleReports;
import org.salesaudit.report.Section;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Renders a workbook with a large table and a large data-quality sheet into the file given as the
 * first argument; {@link LargeWorkbookTest} runs it in a JVM with a small heap.
 */
public final class LargeWorkbookMain {

    private LargeWorkbookMain() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        List<List<Value>> table = new ArrayList<>(rows);
        List<Problem> problems = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            table.add(List.of(new Value.Text("D-" + i), new Value.Count(i % 7), SampleReports.money(i + ".25"),
                    SampleReports.ratio("0.5"), new Value.Date(LocalDate.of(2026, 1, 1).plusDays(i % 300))));
            problems.add(Problem.warning("amount.text", new CellLocation("big.xlsx", "Deals", "I" + (i + 2), "Amount"),
                    "a number", "$" + i, "read as " + i));
        }
        Section section = new Section("pipeline", "section.pipeline.title", List.of(), List.of(new Table(
                "audit.pipeline.by_stage", "table.audit.pipeline.by_stage",
                List.of(new Column("stage", "column.stage"), new Column("deals", "column.deals"),
                        new Column("value", "column.value"), new Column("probability", "column.probability"),
                        new Column("date", "column.value")),
                table)));
        ReportModel model = new ReportModel("salesaudit test", LocalDate.of(2026, 10, 31), SampleReports.USD,
                List.of(new InputFile("big.xlsx", "0".repeat(64))), List.of(section), problems);
        table = null;
        problems = null;
        MemoryOutput out = new MemoryOutput();
        new XlsxRenderer().render(model, Locale.ENGLISH, out);
        try (OutputStream file = Files.newOutputStream(Path.of(args[0]))) {
            file.write(out.bytes(XlsxRenderer.FILE_NAME));
        }
    }
}
