package org.salesaudit.examples;

/** The three sales teams: two mid-market teams and one enterprise team. */
enum Team {
    EAST("East"),
    WEST("West"),
    ENTERPRISE("Enterprise");

    final String label;

    Team(String label) {
        this.label = label;
    }
}
