package org.salesaudit.examples;

import java.time.LocalDate;

/** One row of the StageHistory sheet: the deal entered {@code stage} on {@code enteredOn}. */
record StageEntry(Stage stage, LocalDate enteredOn, double amount, LocalDate closeDate) {
}
