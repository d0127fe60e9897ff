package org.salesaudit.examples;

/**
 * Deal stages with the probabilities the reps state, and the hidden chance (for an average rep
 * and lead) that a deal moves on from the stage. The stated probabilities of the later stages
 * are higher than what really happens.
 */
enum Stage {
    DISCOVERY("Discovery call", 0.10, 0.88, 6),
    QUALIFIED("Qualified", 0.20, 0.92, 9),
    DEMO("Product demo", 0.40, 0.64, 12),
    TRIAL("Product trial", 0.60, 0.66, 21),
    NEGOTIATION("Final negotiation", 0.80, 0.58, 14),
    WON("Closed Won", 1.0, 0, 0),
    LOST("Closed Lost", 0.0, 0, 0);

    final String label;
    final double statedProbability;
    final double moveOn;
    final double medianDays;

    Stage(String label, double statedProbability, double moveOn, double medianDays) {
        this.label = label;
        this.statedProbability = statedProbability;
        this.moveOn = moveOn;
        this.medianDays = medianDays;
    }

    boolean isOpen() {
        return this != WON && this != LOST;
    }

    Stage next() {
        return switch (this) {
            case DISCOVERY -> QUALIFIED;
            case QUALIFIED -> DEMO;
            case DEMO -> TRIAL;
            case TRIAL -> NEGOTIATION;
            case NEGOTIATION -> WON;
            default -> throw new IllegalStateException(this + " is closed");
        };
    }

    /** Typical days from entering this stage to the decision, for a mid-market deal. */
    double remainingMedianDays() {
        double days = 0;
        for (Stage stage = this; stage.isOpen(); stage = stage.next()) {
            days += stage.medianDays;
        }
        return days;
    }
}
