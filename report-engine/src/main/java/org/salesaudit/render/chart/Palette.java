package org.salesaudit.render.chart;

import java.util.List;

/** The series colours, in the report's blue-first scheme; they repeat after the last. */
final class Palette {

    static final List<String> COLOURS = List.of("#1b4f72", "#d68910", "#2e8b57", "#8e44ad", "#2e86c1", "#b42318",
            "#6b7785");
    static final String TEXT = "#1f2933";
    static final String MUTED = "#4a5a6a";

    private Palette() {
    }

    static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }
}
