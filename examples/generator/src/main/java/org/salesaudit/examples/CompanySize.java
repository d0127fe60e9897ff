package org.salesaudit.examples;

/** Company size bands (employees); the two largest bands are served by the Enterprise team. */
enum CompanySize {
    MICRO("1-10", 0.5, false),
    SMALL("11-50", 0.75, false),
    MEDIUM("51-200", 1.0, false),
    LARGE("201-1000", 1.4, false),
    ENTERPRISE("1001-5000", 1.0, true),
    GLOBAL("5000+", 1.6, true);

    final String label;
    final double amountFactor;
    final boolean enterprise;

    CompanySize(String label, double amountFactor, boolean enterprise) {
        this.label = label;
        this.amountFactor = amountFactor;
        this.enterprise = enterprise;
    }

    static CompanySize draw(Rng rng, boolean enterpriseFocus) {
        Weighted<CompanySize> sizes = new Weighted<>();
        if (enterpriseFocus) {
            sizes.add(ENTERPRISE, 55).add(GLOBAL, 45);
        } else {
            sizes.add(MICRO, 12).add(SMALL, 25).add(MEDIUM, 28).add(LARGE, 20).add(ENTERPRISE, 14).add(GLOBAL, 7);
        }
        return sizes.draw(rng);
    }
}
