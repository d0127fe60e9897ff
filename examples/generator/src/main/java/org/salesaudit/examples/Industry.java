package org.salesaudit.examples;

import java.util.List;

/** Industries of leads and accounts; the first four are the ideal customer profile. */
enum Industry {
    SOFTWARE("Software", 20, true, List.of("Labs", "Systems", "Software", "Digital")),
    FINANCIAL_SERVICES("Financial Services", 14, true, List.of("Capital", "Financial", "Payments", "Insurance")),
    RETAIL("Retail", 15, true, List.of("Retail", "Stores", "Market", "Outfitters")),
    LOGISTICS("Logistics", 10, true, List.of("Logistics", "Freight", "Shipping", "Transport")),
    MANUFACTURING("Manufacturing", 13, false, List.of("Manufacturing", "Industries", "Works", "Components")),
    HEALTHCARE("Healthcare", 11, false, List.of("Health", "Medical", "Care", "Clinics")),
    EDUCATION("Education", 8, false, List.of("Learning", "Academy", "Education", "Schools")),
    MEDIA("Media", 9, false, List.of("Media", "Studios", "Publishing", "Broadcasting"));

    final String label;
    final double weight;
    final boolean idealProfile;
    final List<String> nameWords;

    Industry(String label, double weight, boolean idealProfile, List<String> nameWords) {
        this.label = label;
        this.weight = weight;
        this.idealProfile = idealProfile;
        this.nameWords = nameWords;
    }

    static Industry draw(Rng rng) {
        Weighted<Industry> industries = new Weighted<>();
        for (Industry industry : values()) {
            industries.add(industry, industry.weight);
        }
        return industries.draw(rng);
    }
}
