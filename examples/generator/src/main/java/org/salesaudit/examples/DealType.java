package org.salesaudit.examples;

/** Deal types; only new business comes from leads, the others from existing customers. */
enum DealType {
    NEW("New", Stage.DISCOVERY, 1.0),
    UPSELL("Upsell", Stage.QUALIFIED, 1.7),
    CROSS_SELL("Cross-sell", Stage.DISCOVERY, 1.35),
    RENEWAL("Renewal", Stage.NEGOTIATION, 1.0);

    final String label;
    final Stage firstStage;
    final double oddsFactor;

    DealType(String label, Stage firstStage, double oddsFactor) {
        this.label = label;
        this.firstStage = firstStage;
        this.oddsFactor = oddsFactor;
    }
}
