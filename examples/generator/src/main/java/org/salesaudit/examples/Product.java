package org.salesaudit.examples;

/** Products of Acme Analytics with the median yearly contract value per segment, USD. */
enum Product {
    ANALYTICS_CLOUD("Analytics Cloud", 16_000, 42_000),
    DATA_CONNECTORS("Data Connectors", 6_500, 19_000),
    PREMIUM_SUPPORT("Premium Support", 3_500, 11_000);

    final String label;
    final double midMarketMedian;
    final double enterpriseMedian;

    Product(String label, double midMarketMedian, double enterpriseMedian) {
        this.label = label;
        this.midMarketMedian = midMarketMedian;
        this.enterpriseMedian = enterpriseMedian;
    }

    double median(boolean enterprise) {
        return enterprise ? enterpriseMedian : midMarketMedian;
    }

    /** A skewed (log-normal) contract value. */
    double drawAmount(Rng rng, boolean enterprise, double factor) {
        double value = rng.logNormal(median(enterprise) * factor, enterprise ? 0.6 : 0.5);
        return Money.round(Math.max(600, value));
    }
}
