package org.salesaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product version, from the build. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    /** @return e.g. {@code 0.1.0} */
    public static String number() {
        return VERSION;
    }

    /** @return e.g. {@code salesaudit 0.1.0}: the generator named in reports and results.json */
    public static String generator() {
        return "salesaudit " + VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
