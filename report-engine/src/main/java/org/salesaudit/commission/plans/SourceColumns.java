package org.salesaudit.commission.plans;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.salesaudit.model.SourceRef;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

/**
 * Reads one more column of rows already read by ingestion (such as a deal's Product or a rep's
 * Language), by the file, sheet and row each record came from. The first header of the list found in
 * a sheet is used; files are opened read-only.
 */
final class SourceColumns {

    private SourceColumns() {
    }

    /** @return the text of the column at each source row that has one */
    static Map<SourceRef, String> read(List<Path> files, List<SourceRef> rows, List<String> headers) throws IOException {
        Map<SourceRef, String> values = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Set<String> sheets = rows.stream().filter(r -> r.file().equals(name)).map(SourceRef::sheet)
                    .collect(Collectors.toSet());
            if (sheets.isEmpty()) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
                for (String sheetName : sheets) {
                    Sheet sheet = workbook.getSheet(sheetName);
                    if (sheet != null) {
                        column(name, sheet, headers, values);
                    }
                }
            }
        }
        values.keySet().retainAll(Set.copyOf(rows));
        return values;
    }

    private static void column(String file, Sheet sheet, List<String> headers, Map<SourceRef, String> values) {
        SheetTable table = SheetTable.read(file, sheet, new ProblemLog(ProblemPolicy.COLLECT));
        String header = headers.stream().filter(table::has).findFirst().orElse(null);
        if (header == null) {
            return;
        }
        for (Row row : table.rows()) {
            String text = table.text(row, header);
            if (text != null) {
                values.put(table.source(row), text.strip());
            }
        }
    }
}
