package org.salesaudit.render.template;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Objects;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * Processes a template of the templates jar other than the report (such as the commission
 * statement) with the same locked-down FreeMarker configuration: XHTML auto-escaping, no class
 * resolution, only plain maps, lists, strings and booleans in the model. Thread-safe.
 */
public final class BundledTemplates {

    private static final Configuration BUNDLED = TemplateConfiguration.create(
            new ClassTemplateLoader(BundledTemplates.class, TemplateConfiguration.TEMPLATE_PATH));

    private BundledTemplates() {
    }

    /**
     * @param template a template name in the templates jar, e.g. {@code statement.ftlh}
     * @param model    the data model: plain maps, lists, strings and booleans
     * @throws IOException when the template cannot be read or fails (naming the template, line, column)
     */
    public static String process(String template, Map<String, Object> model) throws IOException {
        Objects.requireNonNull(model, "model");
        Template t = BUNDLED.getTemplate(template);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            throw new IOException("Error in template " + template + ": " + e.getMessage(), e);
        }
        return out.toString();
    }
}
