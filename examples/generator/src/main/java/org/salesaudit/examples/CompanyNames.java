package org.salesaudit.examples;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Unique, plausible company names such as "Bluefin Logistics GmbH". */
final class CompanyNames {

    private static final List<String> STEMS = List.of(
            "Acorn", "Alder", "Altitude", "Amber", "Anchor", "Apex", "Arbor", "Arcadia", "Aspen", "Atlas",
            "Aurora", "Beacon", "Birch", "Blackstone", "Bluefin", "Boulder", "Brightwater", "Brook", "Cairn",
            "Canyon", "Cascade", "Cedar", "Clearwater", "Cobalt", "Compass", "Copper", "Coral", "Crescent",
            "Crown", "Cypress", "Delta", "Driftwood", "Eagle", "Ember", "Evergreen", "Falcon", "Fern", "Fjord",
            "Foxglove", "Frontier", "Glacier", "Granite", "Greenfield", "Harbor", "Hawthorn", "Heron",
            "Highland", "Horizon", "Indigo", "Iron", "Ivy", "Juniper", "Keystone", "Kestrel", "Lakeside",
            "Lantern", "Laurel", "Linden", "Lumen", "Maple", "Meadow", "Meridian", "Mesa", "Northwind", "Oak",
            "Onyx", "Orchard", "Osprey", "Pacific", "Pinnacle", "Pine", "Prairie", "Quarry", "Radiant", "Raven",
            "Redwood", "Ridge", "River", "Rowan", "Sage", "Sapphire", "Sequoia", "Shoreline", "Sierra", "Silver",
            "Skyline", "Sparrow", "Spruce", "Starling", "Stone", "Summit", "Sunrise", "Tidewater", "Timber",
            "Trident", "Tundra", "Union", "Valley", "Vantage", "Vertex", "Willow", "Windmill", "Zenith");

    private final Set<String> used = new HashSet<>();

    String next(Rng rng, Industry industry, Country country) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String stem = rng.pick(STEMS);
            if (attempt > 20) {
                stem = stem + " " + rng.pick(STEMS);
            }
            String name = stem + " " + rng.pick(industry.nameWords) + " " + country.suffix;
            if (used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("ran out of company names");
    }
}
