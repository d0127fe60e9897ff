package org.salesaudit.examples;

import java.time.YearMonth;

/** One monthly quota of a rep, in USD. */
record Quota(String repId, YearMonth period, double amount) {
}
