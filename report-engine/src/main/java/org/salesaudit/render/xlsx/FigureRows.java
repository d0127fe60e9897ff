package org.salesaudit.render.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.salesaudit.render.Messages;
import org.salesaudit.report.Figure;

/** Writes figures as label / value rows in columns A and B. */
final class FigureRows {

    private FigureRows() {
    }

    static void write(SheetWriter sheet, List<Figure> figures, Messages messages) {
        for (Figure figure : figures) {
            Row row = sheet.newRow();
            sheet.text(row, 0, messages.get(figure.labelKey()), Role.BODY);
            sheet.value(row, 1, figure.value(), Role.BODY);
        }
    }
}
