package org.salesaudit.check;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.salesaudit.render.AtomicDirectoryOutput;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a {@link CheckReport} into a directory, both files at once or neither: a JUnit-style XML
 * ({@value #JUNIT_FILE}, the name CI servers pick up with {@code TEST-*.xml}) with one test case per
 * rule, and a JSON summary ({@value #SUMMARY_FILE}). Other files in the directory are left alone.
 */
public final class CheckReportWriter {

    /** The JUnit-style XML report. */
    public static final String JUNIT_FILE = "TEST-salesaudit-check.xml";
    /** The JSON summary. */
    public static final String SUMMARY_FILE = "check-summary.json";

    private static final String SUITE = "salesaudit.check";
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** @return the files written */
    public List<Path> write(CheckReport report, Path directory) throws IOException {
        try (AtomicDirectoryOutput out = AtomicDirectoryOutput.create(directory)) {
            try (OutputStream stream = out.newFile(JUNIT_FILE)) {
                writeJunit(report, stream);
            }
            try (OutputStream stream = out.newFile(SUMMARY_FILE)) {
                writeSummary(report, stream);
            }
            out.commit();
            return out.fileNames().stream().map(out.target()::resolve).toList();
        }
    }

    private static void writeJunit(CheckReport report, OutputStream stream) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, StandardCharsets.UTF_8.name());
            x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", SUITE);
            x.writeAttribute("tests", Integer.toString(report.results().size()));
            x.writeAttribute("failures", Integer.toString(report.withStatus(RuleStatus.FAILED).size()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Integer.toString(report.withStatus(RuleStatus.SKIPPED).size()));
            x.writeAttribute("time", "0");
            for (RuleResult r : report.results()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", SUITE);
                x.writeAttribute("name", r.rule().name() + " (" + r.rule().key() + " " + r.rule().bounds() + ")");
                x.writeAttribute("time", "0");
                if (r.status() == RuleStatus.FAILED) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("failure");
                    x.writeAttribute("type", "salesaudit.rule");
                    x.writeAttribute("message", r.message());
                    x.writeCharacters(r.message() + "\nchecked: " + report.resultsFile());
                    x.writeEndElement();
                    x.writeCharacters("\n  ");
                } else if (r.status() == RuleStatus.SKIPPED) {
                    x.writeCharacters("\n    ");
                    x.writeEmptyElement("skipped");
                    x.writeAttribute("message", r.message());
                    x.writeCharacters("\n  ");
                }
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + JUNIT_FILE + ": " + e.getMessage(), e);
        }
    }

    private static void writeSummary(CheckReport report, OutputStream stream) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeStringField("results_file", report.resultsFile().toString());
            g.writeBooleanField("passed", report.passed());
            g.writeNumberField("rules", report.results().size());
            g.writeNumberField("failed", report.withStatus(RuleStatus.FAILED).size());
            g.writeNumberField("skipped", report.withStatus(RuleStatus.SKIPPED).size());
            g.writeArrayFieldStart("results");
            for (RuleResult r : report.results()) {
                g.writeStartObject();
                g.writeStringField("rule", r.rule().name());
                g.writeStringField("key", r.rule().key());
                writeNumber(g, "min", r.rule().min());
                writeNumber(g, "max", r.rule().max());
                writeNumber(g, "value", r.value());
                g.writeStringField("status", r.status().name().toLowerCase(Locale.ROOT));
                g.writeStringField("message", r.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeNumber(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
        g.writeFieldName(field);
        if (value.isPresent()) {
            g.writeNumber(value.get());
        } else {
            g.writeNull();
        }
    }
}
