package org.salesaudit.ingest;

import java.io.IOException;

/** A sheet part whose markup is not well-formed: the workbook is damaged. Names the sheet and what is wrong. */
final class DamagedSheetException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String sheet;
    private final String reason;

    DamagedSheetException(String sheet, String reason, Throwable cause) {
        super("sheet " + sheet + ": " + reason, cause);
        this.sheet = sheet;
        this.reason = reason;
    }

    String sheet() {
        return sheet;
    }

    /** @return what is wrong with the markup, e.g. {@code the end tag </rwo> where </row> was expected} */
    String reason() {
        return reason;
    }
}
