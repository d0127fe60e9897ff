package org.salesaudit.render.xlsx;

/** What a cell is for: decides its font and borders, and whether its text sizes the column. */
enum Role {
    /** The sheet title: large and bold, may run over the next columns. */
    TITLE(false),
    /** A section title or table caption: bold, may run over the next columns. */
    HEADING(false),
    /** A column header of a table: bold with a rule below. */
    HEADER(true),
    /** A label or a value. */
    BODY(true),
    /** Running text such as a skip reason: may run over the next columns. */
    NOTE(false),
    /** A cell of a table's total row: bold with a rule above. */
    TOTAL(true);

    private final boolean sizesColumn;

    Role(boolean sizesColumn) {
        this.sizesColumn = sizesColumn;
    }

    /** @return whether the text of such a cell counts for the width of its column */
    boolean sizesColumn() {
        return sizesColumn;
    }
}
