package org.salesaudit.examples;

/** The form through which a lead came in; hand-raisers are warm, content and event sign-ups cold. */
enum FormType {
    DEMO_REQUEST("Demo request", true),
    CONTENT_DOWNLOAD("Content download", false),
    CONTACT_US("Contact us", true),
    EVENT_SIGNUP("Event signup", false);

    final String label;
    final boolean warm;

    FormType(String label, boolean warm) {
        this.label = label;
        this.warm = warm;
    }

    String temperature() {
        return warm ? "Warm" : "Cold";
    }
}
