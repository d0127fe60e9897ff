package org.salesaudit.cli;

/** The exit codes of the command line, as documented in {@code --help}. */
public final class ExitCodes {

    public static final int OK = 0;
    /** An input could not be read, an output could not be written, or an internal error. */
    public static final int IO_OR_INTERNAL = 1;
    /** Bad options or arguments. */
    public static final int USAGE = 2;
    /** The input data is unusable (with {@code --strict}: has any data problem). */
    public static final int INVALID_DATA = 3;

    private ExitCodes() {
    }
}
