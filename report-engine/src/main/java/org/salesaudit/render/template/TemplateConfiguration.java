package org.salesaudit.render.template;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;

/**
 * The locked-down FreeMarker configuration. A configuration is safe to share between threads as long
 * as nobody changes it after {@link #create}; callers keep it private.
 */
final class TemplateConfiguration {

    static final Version VERSION = Configuration.VERSION_2_3_34;

    /** Where the bundled templates live in the templates jar. */
    static final String TEMPLATE_PATH = "/org/salesaudit/templates";

    private TemplateConfiguration() {
    }

    /**
     * @param loader where templates come from: the templates jar, or a user's template folder in
     *               front of it (a {@code MultiTemplateLoader})
     */
    static Configuration create(TemplateLoader loader) {
        Configuration cfg = new InterruptibleConfiguration();
        cfg.setTemplateLoader(loader);
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Only plain maps, lists, strings and booleans are exposed; anything else is an error.
        cfg.setObjectWrapper(new SimpleObjectWrapper(VERSION));
        // Templates format nothing; these make an accidental number or date print the same everywhere.
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        // The bundled templates never change while the JVM runs.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return cfg;
    }

    /**
     * Gives every template it loads, included ones too, checks of the thread's interrupted flag in its
     * loops, so that a template that runs too long can be stopped (see {@link TemplateRun}).
     */
    private static final class InterruptibleConfiguration extends Configuration {

        private final Set<Template> checked = Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));

        InterruptibleConfiguration() {
            super(VERSION);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                    ignoreMissing);
            if (template != null && checked.add(template)) {
                _CoreAPI.addThreadInterruptedChecks(template);
            }
            return template;
        }
    }
}
