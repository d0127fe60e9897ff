package org.salesaudit.examples;

/** Lifecycle stages of a lead, as written in the Stage column of the Leads sheet. */
enum LeadStage {
    LEAD("Lead"),
    MQL("MQL"),
    SAL("SAL"),
    SQL("SQL"),
    CUSTOMER("Customer"),
    DISQUALIFIED("Disqualified"),
    RECYCLED("Recycled");

    final String label;

    LeadStage(String label) {
        this.label = label;
    }
}
