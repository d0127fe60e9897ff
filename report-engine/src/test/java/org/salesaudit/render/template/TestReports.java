package org.salesaudit.render.template;

import java.time.LocalDate;
import java.util.List;

import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.report.Column;
import org.salesaudit.report.Figure;
import org.salesaudit.report.InputFile;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.Section;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;
import org.salesaudit.report.SampleReports;

/** Report models for renderer tests besides {@link SampleReports}. */
public final class TestReports {

    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final String EXPRESSION = "${7*7}";
    public static final String DIRECTIVE = "<#assign pwned=1>";
    public static final String IMAGE = "<img src=\"file:///etc/passwd\"/>";

    private TestReports() {
    }

    /** Hostile text in every place where data from the workbook reaches the report. */
    public static ReportModel hostile() {
        Section section = new Section("pipeline", "section.pipeline.title",
                List.of(new Figure("audit.open_deals", "figure.audit.open_deals", new Value.Text(SCRIPT))),
                List.of(new Table("audit.pipeline.by_stage", "table.audit.pipeline.by_stage",
                        List.of(new Column("stage", "column.stage"), new Column("deals", "column.deals")),
                        List.of(List.of(new Value.Text(EXPRESSION), new Value.Count(1)),
                                List.of(new Value.Text(DIRECTIVE), new Value.Count(2)),
                                List.of(new Value.Text(IMAGE), new Value.Count(3))))));
        return new ReportModel("salesaudit " + EXPRESSION, LocalDate.of(2026, 10, 31), SampleReports.USD,
                List.of(new InputFile(SCRIPT + ".xlsx", "ab".repeat(32), List.of())),
                List.of(section),
                List.of(Problem.error("x", new CellLocation(EXPRESSION, "<b>", "A1", "&amp;"), DIRECTIVE, SCRIPT, IMAGE)));
    }

    /** A small report without problems and without any URL-like text. */
    public static ReportModel clean() {
        Section section = new Section("pipeline", "section.pipeline.title",
                List.of(new Figure("audit.pipeline_value", "figure.audit.pipeline_value", SampleReports.money("1234567.89"))),
                List.of());
        return new ReportModel("salesaudit test", LocalDate.of(2026, 10, 31), SampleReports.USD,
                List.of(new InputFile("acme.xlsx", "0".repeat(64), List.of())), List.of(section), List.of());
    }
}
