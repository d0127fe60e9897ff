package org.salesaudit.commission.register;

import java.util.List;

/**
 * Where things are in the payout register, shared by the writer and by the reader of a previous
 * run's register: sheets by position (their names are translated), columns by position.
 */
public final class RegisterLayout {

    /** Position of the payouts sheet. */
    public static final int PAYOUTS_SHEET = 0;
    /** Position of the credited-lines sheet. */
    public static final int LINES_SHEET = 1;
    /** Position of the changes sheet (present after a rerun with a previous register). */
    public static final int CHANGES_SHEET = 2;

    /** Columns of the credited-lines sheet, as message keys after {@code commission.column.}. */
    public static final List<String> LINE_COLUMNS = List.of("month", "rep", "deal", "reason", "closeDate", "share",
            "credit", "commission", "spif", "plan", "source");

    public static final int LINE_MONTH = 0;
    public static final int LINE_REP = 1;
    public static final int LINE_DEAL = 2;
    public static final int LINE_KIND = 3;
    public static final int LINE_CREDIT = 6;
    public static final int LINE_COMMISSION = 7;
    public static final int LINE_SPIF = 8;
    public static final int LINE_PLAN = 9;

    /** Kinds of lines in the credited-lines sheet (language-neutral codes). */
    public static final String KIND_DEAL = "deal";
    public static final String KIND_CLAWBACK = "clawback";
    public static final String KIND_ADJUSTMENT = "adjustment";

    private RegisterLayout() {
    }
}
