package org.salesaudit.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An Excel workbook opened read-only: {@code .xlsx}/{@code .xlsm} with the streaming reader of its sheet
 * parts ({@link XlsxWorkbookSource}), legacy {@code .xls} with POI's HSSF ({@link PoiWorkbookSource}).
 */
interface WorkbookSource extends AutoCloseable {

    /** @return the sheets in workbook order; each can be read once */
    List<SheetRows> sheets();

    @Override
    void close() throws IOException;

    /** Opens {@code file} by what its first bytes say it is; the file is never opened for writing. */
    static WorkbookSource open(Path file) throws Exception {
        WorkbookFailures.Signature signature = WorkbookFailures.Signature.of(file);
        if (signature == WorkbookFailures.Signature.EMPTY || signature == WorkbookFailures.Signature.OTHER) {
            throw new IOException("not a workbook");
        }
        return signature == WorkbookFailures.Signature.OLE2 ? PoiWorkbookSource.open(file)
                : XlsxWorkbookSource.open(file);
    }
}
