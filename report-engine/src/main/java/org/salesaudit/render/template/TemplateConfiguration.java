package org.salesaudit.render.template;

import java.util.Locale;
import java.util.TimeZone;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
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
     * @param loader where templates come from: the templates jar now; later possibly a user's
     *               template folder in front of it (a {@code MultiTemplateLoader})
     */
    static Configuration create(TemplateLoader loader) {
        Configuration cfg = new Configuration(VERSION);
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
}
