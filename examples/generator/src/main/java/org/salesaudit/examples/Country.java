package org.salesaudit.examples;

/** Countries of leads and accounts, with their region, the local language and a company suffix. */
enum Country {
    UNITED_STATES("United States", Region.NORTH_AMERICA, 48, "en", "Inc."),
    CANADA("Canada", Region.NORTH_AMERICA, 7, "en", "Ltd."),
    UNITED_KINGDOM("United Kingdom", Region.EMEA, 9, "en", "Ltd"),
    GERMANY("Germany", Region.EMEA, 6.5, "de", "GmbH"),
    FRANCE("France", Region.EMEA, 3.5, "fr", "SAS"),
    NETHERLANDS("Netherlands", Region.EMEA, 3, "nl", "B.V."),
    POLAND("Poland", Region.EMEA, 3.5, "pl", "Sp. z o.o."),
    UNITED_ARAB_EMIRATES("United Arab Emirates", Region.EMEA, 2.5, "ar", "LLC"),
    SAUDI_ARABIA("Saudi Arabia", Region.EMEA, 2, "ar", "Co."),
    AUSTRALIA("Australia", Region.APAC, 4.5, "en", "Pty Ltd"),
    JAPAN("Japan", Region.APAC, 3, "ja", "K.K."),
    SOUTH_KOREA("South Korea", Region.APAC, 3, "ko", "Co., Ltd."),
    SINGAPORE("Singapore", Region.APAC, 2.7, "en", "Pte. Ltd."),
    INDIA("India", Region.APAC, 1.8, "en", "Pvt. Ltd.");

    final String label;
    final Region region;
    final double weight;
    final String language;
    final String suffix;

    Country(String label, Region region, double weight, String language, String suffix) {
        this.label = label;
        this.region = region;
        this.weight = weight;
        this.language = language;
        this.suffix = suffix;
    }

    static Country draw(Rng rng) {
        Weighted<Country> countries = new Weighted<>();
        for (Country country : values()) {
            countries.add(country, country.weight);
        }
        return countries.draw(rng);
    }
}
