package org.salesaudit.render.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;
import org.salesaudit.render.Messages;

/**
 * The last sheet: one row per data problem under a frozen header with an autofilter. Everything in it
 * but the severity comes from the user's files, so it is written as text that can never be a formula.
 */
final class DataQualitySheet {

    static final List<String> COLUMN_KEYS = List.of(
            "dataQuality.column.severity",
            "dataQuality.column.file",
            "dataQuality.column.sheet",
            "dataQuality.column.cell",
            "dataQuality.column.column",
            "dataQuality.column.expected",
            "dataQuality.column.found",
            "dataQuality.column.action");

    private DataQualitySheet() {
    }

    static void write(SheetWriter sheet, List<Problem> problems, Messages messages) {
        Row header = sheet.newRow();
        for (int i = 0; i < COLUMN_KEYS.size(); i++) {
            sheet.text(header, i, messages.get(COLUMN_KEYS.get(i)), Role.HEADER);
        }
        for (Problem problem : problems) {
            Row row = sheet.newRow();
            CellLocation at = problem.at();
            sheet.text(row, 0, messages.get("severity." + problem.severity().name()), Role.BODY);
            optionalText(sheet, row, 1, at.file());
            optionalText(sheet, row, 2, at.sheet());
            optionalText(sheet, row, 3, at.cell());
            optionalText(sheet, row, 4, at.column());
            optionalText(sheet, row, 5, problem.expected());
            optionalText(sheet, row, 6, problem.found());
            optionalText(sheet, row, 7, problem.action());
        }
        sheet.sheet().setAutoFilter(new CellRangeAddress(0, problems.size(), 0, COLUMN_KEYS.size() - 1));
        sheet.sheet().createFreezePane(0, 1);
        if (problems.isEmpty()) {
            sheet.text(sheet.newRow(), 0, messages.get("dataQuality.none"), Role.NOTE);
        }
        sheet.finish();
    }

    private static void optionalText(SheetWriter sheet, Row row, int column, String text) {
        if (text == null || text.isEmpty()) {
            sheet.blank(row, column, Role.BODY);
        } else {
            sheet.text(row, column, text, Role.BODY);
        }
    }
}
