package org.salesaudit.report;

import java.util.Objects;

/** A chart axis: its title (a message key) and its scale. */
public record Axis(String labelKey, AxisScale scale) {

    public Axis {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(scale, "scale");
    }
}
