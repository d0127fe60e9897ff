package org.salesaudit.report;

/** What an audit produced: a section of the report, or the reason it had to be skipped. */
public sealed interface SectionOutcome permits Section, Skipped {

    /** @return the stable section id, e.g. {@code sales_effectiveness} */
    String id();

    /** @return the message key of the section title */
    String titleKey();
}
