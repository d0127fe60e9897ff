package org.salesaudit.render.template;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * Runs a template within limits: at most {@link #MAX_OUTPUT_CHARS} characters of output and
 * {@link #MAX_SECONDS} seconds, on a thread of its own that is interrupted when time runs out. Every
 * failure becomes an {@link IOException} that names the template file, line and column.
 */
final class TemplateRun {

    /** A report is a few hundred kilobytes; a template writing this much is looping. */
    static final long MAX_OUTPUT_CHARS = 64L * 1024 * 1024;
    /** The bundled template takes well under a second. */
    static final long MAX_SECONDS = 60;
    /** How long a stopped template gets to notice that it was interrupted. */
    static final long INTERRUPT_GRACE_MILLIS = 10_000;

    private final Configuration configuration;
    private final String origin;
    private final long maxChars;
    private final long maxMillis;

    /** @param origin where the templates come from, for messages (e.g. "the template folder /x") */
    TemplateRun(Configuration configuration, String origin, long maxChars, long maxMillis) {
        this.configuration = configuration;
        this.origin = origin;
        this.maxChars = maxChars;
        this.maxMillis = maxMillis;
    }

    TemplateRun withLimits(long chars, long millis) {
        return new TemplateRun(configuration, origin, chars, millis);
    }

    String process(String name, Map<String, Object> dataModel) throws IOException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                outcome.set(processHere(name, dataModel));
            } catch (SecurityException e) {
                outcome.set(new IOException("Error in report template " + name + " (" + origin + "): refused to load"
                        + " a file from outside the template folder (" + e.getMessage() + ")", e));
            } catch (IOException | RuntimeException e) {
                outcome.set(e);
            } catch (StackOverflowError e) {
                outcome.set(new IOException("Error in report template " + name + " (" + origin + "): it calls a"
                        + " macro or function recursively without end"));
            }
        }, "salesaudit-template");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(maxMillis);
            if (worker.isAlive()) {
                worker.interrupt();
                // the template's loops check the interrupted flag; a daemon thread never blocks the exit
                worker.join(INTERRUPT_GRACE_MILLIS);
                throw new IOException("Error in report template " + name + " (" + origin + "): it ran longer than "
                        + (maxMillis / 1000) + " s and was stopped (a loop that does not end?)");
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering report template " + name, e);
        }
        Object result = outcome.get();
        if (result instanceof IOException e) {
            throw e;
        } else if (result instanceof RuntimeException e) {
            throw e;
        }
        return (String) result;
    }

    private String processHere(String name, Map<String, Object> dataModel) throws IOException {
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (ParseException e) {
            throw new IOException(where(e.getTemplateName() == null ? name : e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                    + ": " + e.getEditorMessage(), e);
        }
        LimitedWriter out = new LimitedWriter(maxChars);
        try {
            template.process(dataModel, out);
        } catch (TemplateException e) {
            if (Thread.currentThread().isInterrupted()) {
                return "";
            }
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            throw new IOException(where(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName(),
                    line == null ? 0 : line, column == null ? 0 : column) + ": " + e.getMessageWithoutStackTop(), e);
        } catch (LimitedWriter.LimitExceeded e) {
            throw new IOException("Error in report template " + name + " (" + origin + "): its output exceeds "
                    + maxChars + " characters and was stopped (a loop that does not end?)", e);
        }
        return out.toString();
    }

    private String where(String template, int line, int column) {
        return "Error in report template " + template + " (" + origin + "), line " + line + ", column " + column;
    }

    /** A string writer that refuses to grow beyond a limit. */
    private static final class LimitedWriter extends Writer {

        static final class LimitExceeded extends IOException {
            private static final long serialVersionUID = 1L;

            LimitExceeded() {
                super("output limit exceeded");
            }
        }

        private final StringBuilder text = new StringBuilder(32 * 1024);
        private final long limit;

        LimitedWriter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (text.length() + (long) length > limit) {
                throw new LimitExceeded();
            }
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            if (text.length() + (long) length > limit) {
                throw new LimitExceeded();
            }
            text.append(s, offset, offset + length);
        }

        @Override
        public void flush() {
            // nothing to flush: the text stays in memory
        }

        @Override
        public void close() {
            // nothing to close
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
