package org.salesaudit.render.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.Severity;
import org.salesaudit.render.FindingText;
import org.salesaudit.render.Messages;
import org.salesaudit.report.Finding;
import org.salesaudit.report.InputFile;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Value;

/**
 * The first sheet: report title, as-of date, generator, input files with their SHA-256, then every
 * section in report order with its figures or the reason it was skipped, and the count of data problems.
 */
final class SummarySheet {

    private SummarySheet() {
    }

    static void write(SheetWriter sheet, ReportModel model, Messages messages) {
        sheet.text(sheet.newRow(), 0, messages.get("report.title"), Role.TITLE);
        sheet.skipRow();
        labelled(sheet, messages.get("xlsx.summary.asOf"), new Value.Date(model.asOf()));
        labelled(sheet, messages.get("xlsx.summary.generatedBy"), new Value.Text(model.generator()));

        writeInputs(sheet, model.inputs(), messages);
        writeFindings(sheet, model, messages);
        for (SectionOutcome outcome : model.sections()) {
            sheet.skipRow();
            sheet.text(sheet.newRow(), 0, messages.get(outcome.titleKey()), Role.HEADING);
            if (outcome instanceof Section section) {
                FigureRows.write(sheet, section.figures(), messages);
            } else if (outcome instanceof Skipped skipped) {
                String reason = messages.format(skipped.reasonKey(), skipped.reasonArgs());
                sheet.text(sheet.newRow(), 0, messages.format("report.skipped", List.of(reason)), Role.NOTE);
            }
        }
        writeProblemCounts(sheet, model.problems(), messages);
        sheet.finish();
    }

    private static void labelled(SheetWriter sheet, String label, Value value) {
        Row row = sheet.newRow();
        sheet.text(row, 0, label, Role.BODY);
        sheet.value(row, 1, value, Role.BODY);
    }

    private static void writeInputs(SheetWriter sheet, List<InputFile> inputs, Messages messages) {
        sheet.skipRow();
        sheet.text(sheet.newRow(), 0, messages.get("report.inputs"), Role.HEADING);
        Row header = sheet.newRow();
        sheet.text(header, 0, messages.get("report.column.file"), Role.HEADER);
        sheet.text(header, 1, messages.get("xlsx.inputs.sha256"), Role.HEADER);
        for (InputFile input : inputs) {
            Row row = sheet.newRow();
            sheet.text(row, 0, input.name(), Role.BODY);
            sheet.text(row, 1, input.sha256(), Role.BODY);
        }
    }

    /** The key findings, most money at stake first: the sentence and the amount at stake. */
    private static void writeFindings(SheetWriter sheet, ReportModel model, Messages messages) {
        sheet.skipRow();
        sheet.text(sheet.newRow(), 0, messages.get("report.findings"), Role.HEADING);
        if (model.findings().isEmpty()) {
            sheet.text(sheet.newRow(), 0, messages.get("report.findings.none"), Role.NOTE);
            return;
        }
        Row header = sheet.newRow();
        sheet.text(header, 0, messages.get("report.column.finding"), Role.HEADER);
        sheet.text(header, 1, messages.get("report.column.moneyAtStake"), Role.HEADER);
        FindingText text = new FindingText(messages);
        for (Finding finding : model.findings()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, text.text(finding), Role.BODY);
            sheet.value(row, 1, finding.moneyAtStake() == null ? Value.notAvailable()
                    : new Value.Money(finding.moneyAtStake(), model.currency()), Role.BODY);
        }
    }

    private static void writeProblemCounts(SheetWriter sheet, List<Problem> problems, Messages messages) {
        sheet.skipRow();
        sheet.text(sheet.newRow(), 0, messages.get("dataQuality.title"), Role.HEADING);
        String text;
        if (problems.isEmpty()) {
            text = messages.get("dataQuality.none");
        } else {
            long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
            long warnings = problems.size() - errors;
            text = messages.format("dataQuality.counts", List.of(Long.toString(errors), Long.toString(warnings)));
        }
        sheet.text(sheet.newRow(), 0, text, Role.NOTE);
    }
}
