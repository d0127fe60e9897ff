package org.salesaudit.cli;

/** Help text shared by the subcommands. */
final class Help {

    static final String EXIT_CODES_HEADING = "%nExit codes:%n";

    private Help() {
    }
}
