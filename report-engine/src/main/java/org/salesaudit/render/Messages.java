package org.salesaudit.render;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The report's words in one language, from the message bundles of the templates module
 * ({@code org/salesaudit/templates/messages_xx.properties}, UTF-8).
 */
public final class Messages {

    static final String BUNDLE = "org.salesaudit.templates.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads the bundle for {@code locale}, falling back to English for missing keys. */
    public static Messages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    /** @return the text of {@code key}; a missing key is a bug in the templates, not a user error */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key '" + key + "' is missing from " + BUNDLE
                    + " for " + locale.toLanguageTag(), e);
        }
    }

    /** @return the text of {@code key} with {@link MessageFormat} arguments filled in */
    public String format(String key, List<String> args) {
        return new MessageFormat(get(key), locale).format(args.toArray());
    }

    public Locale locale() {
        return locale;
    }
}
