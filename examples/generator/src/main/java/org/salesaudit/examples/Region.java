package org.salesaudit.examples;

/** Sales regions of the example company. */
enum Region {
    NORTH_AMERICA("North America"),
    EMEA("EMEA"),
    APAC("APAC");

    final String label;

    Region(String label) {
        this.label = label;
    }
}
