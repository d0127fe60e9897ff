package org.salesaudit.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every translation has exactly the keys of the English base bundle, with the same arguments. */
class MessageBundlesTest {

    private static final String BUNDLE = "/org/salesaudit/templates/messages";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"ko", "ar", "pl", "ru"})
    void translationHasExactlyTheBaseKeys(String language) throws IOException {
        Properties base = load("");
        Properties translation = load("_" + language);
        assertEquals(new TreeSet<>(base.stringPropertyNames()), new TreeSet<>(translation.stringPropertyNames()),
                "keys of messages_" + language + ".properties");
        for (String key : base.stringPropertyNames()) {
            String text = translation.getProperty(key);
            assertFalse(text.isBlank(), key + " is empty in " + language);
            assertEquals(arguments(base.getProperty(key)), arguments(text), "arguments of " + key + " in " + language);
        }
        assertNotEquals(base.getProperty("dataQuality.none"), translation.getProperty("dataQuality.none"),
                language + " is translated");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            assertNotNull(in, "bundle messages" + suffix + ".properties");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
