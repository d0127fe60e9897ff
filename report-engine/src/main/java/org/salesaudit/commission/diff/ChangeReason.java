package org.salesaudit.commission.diff;

/** Why a line's amount changed; the codes are message keys after {@code commission.reason.}. */
public final class ChangeReason {

    /** A deal credited now that was not before: closed late or entered late. */
    public static final String NEW_LINE = "new_line";
    /** A deal credited before that is not any more (reopened, lost, deleted, moved to another month). */
    public static final String REMOVED_LINE = "removed_line";
    /** The deal's credit changed (its amount or the split). */
    public static final String CHANGED_AMOUNT = "changed_amount";
    /** The line was computed under another plan version. */
    public static final String PLAN_VERSION = "plan_version";
    /** A clawback appeared or changed. */
    public static final String CLAWBACK = "clawback";
    /** Same credit and plan, different commission: the month's attainment moved the tier. */
    public static final String CHANGED_COMMISSION = "changed_commission";

    private ChangeReason() {
    }
}
