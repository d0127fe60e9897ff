package org.salesaudit.render.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.salesaudit.problem.Problem;
import org.salesaudit.problem.Severity;
import org.salesaudit.render.FindingText;
import org.salesaudit.render.Messages;
import org.salesaudit.render.ReportOutput;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.Figure;
import org.salesaudit.report.Finding;
import org.salesaudit.report.InputFile;
import org.salesaudit.report.InputSheet;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.Section;
import org.salesaudit.report.SectionOutcome;
import org.salesaudit.report.Skipped;
import org.salesaudit.report.Table;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes {@code results.json}: every figure and table the report shows, under the stable keys
 * documented in docs/results-json.md, plus the sections skipped and the data-quality problems. Keys
 * keep report order; numbers are plain decimals (money in the currency's minor unit, ratios as
 * fractions). The same model gives the same bytes.
 */
public final class ResultsJson {

    /** The file name in the output directory. */
    public static final String FILE_NAME = "results.json";
    /** Raised when a key is removed or changes meaning; adding keys keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /**
     * @param outputs the names of the report files written besides results.json
     */
    public void write(ReportModel model, Locale locale, List<String> outputs, ReportOutput out) throws IOException {
        try (OutputStream stream = out.newFile(FILE_NAME);
                JsonGenerator g = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            Messages english = Messages.forLocale(Locale.ROOT);
            g.writeStartObject();
            g.writeNumberField("schema_version", SCHEMA_VERSION);
            g.writeStringField("generator", model.generator());
            g.writeStringField("as_of", model.asOf().toString());
            g.writeStringField("currency", model.currency().getCurrencyCode());
            g.writeStringField("language", locale.toLanguageTag());
            writeInputs(g, model.inputs());
            g.writeArrayFieldStart("outputs");
            for (String name : outputs) {
                g.writeString(name);
            }
            g.writeEndArray();
            writeFigures(g, model);
            writeTables(g, model);
            writeCharts(g, model);
            writeFindings(g, model, new FindingText(english));
            writeSections(g, model, english);
            writeDataQuality(g, model.problems());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeInputs(JsonGenerator g, List<InputFile> inputs) throws IOException {
        g.writeArrayFieldStart("inputs");
        for (InputFile input : inputs) {
            g.writeStartObject();
            g.writeStringField("file", input.name());
            g.writeStringField("sha256", input.sha256());
            g.writeArrayFieldStart("sheets");
            for (InputSheet sheet : input.sheets()) {
                g.writeStartObject();
                g.writeStringField("name", sheet.name());
                g.writeStringField("dataset", sheet.dataset());
                g.writeNumberField("header_row", sheet.headerRow());
                g.writeNumberField("rows_read", sheet.rowsRead());
                g.writeNumberField("rows_left_out", sheet.rowsLeftOut());
                g.writeArrayFieldStart("unmapped_columns");
                for (String column : sheet.unmappedColumns()) {
                    g.writeString(column);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeFigures(JsonGenerator g, ReportModel model) throws IOException {
        g.writeObjectFieldStart("figures");
        for (Figure figure : model.figures().toList()) {
            g.writeFieldName(figure.key());
            writeValue(g, figure.value().json());
        }
        long errors = model.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        g.writeNumberField("data_quality.problems", model.problems().size());
        g.writeNumberField("data_quality.errors", errors);
        g.writeNumberField("data_quality.warnings", model.problems().size() - errors);
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        model.problems().forEach(p -> byKind.merge(p.code(), 1L, Long::sum));
        for (java.util.Map.Entry<String, Long> kind : byKind.entrySet()) {
            g.writeNumberField("data_quality.by_kind." + kind.getKey(), kind.getValue());
        }
        g.writeNumberField("data_quality.unmapped_columns", model.inputs().stream()
                .flatMap(i -> i.sheets().stream()).mapToLong(s -> s.unmappedColumns().size()).sum());
        g.writeNumberField("sections.produced", model.producedSections().size());
        g.writeNumberField("sections.skipped", model.skippedSections().size());
        g.writeEndObject();
    }

    private static void writeTables(JsonGenerator g, ReportModel model) throws IOException {
        g.writeObjectFieldStart("tables");
        for (Section section : model.producedSections()) {
            for (Table table : section.tables()) {
                g.writeArrayFieldStart(table.key());
                for (var row : table.rows()) {
                    g.writeStartObject();
                    for (int c = 0; c < table.columns().size(); c++) {
                        g.writeFieldName(table.columns().get(c).key());
                        writeValue(g, row.get(c).json());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    private static void writeCharts(JsonGenerator g, ReportModel model) throws IOException {
        g.writeObjectFieldStart("charts");
        for (Section section : model.producedSections()) {
            for (Chart chart : section.charts()) {
                g.writeObjectFieldStart(chart.key());
                g.writeStringField("kind", chart.kind().name().toLowerCase(Locale.ROOT));
                g.writeArrayFieldStart("series");
                for (ChartSeries series : chart.series()) {
                    g.writeStartObject();
                    g.writeStringField("name", series.name().isKey() ? series.name().key() : series.name().literal());
                    g.writeArrayFieldStart("points");
                    for (ChartPoint p : series.points()) {
                        g.writeStartObject();
                        if (p.label() != null) {
                            g.writeStringField("label", p.label().isKey() ? p.label().key() : p.label().literal());
                        }
                        if (p.x() != null) {
                            g.writeFieldName("x");
                            g.writeNumber(p.x());
                        }
                        g.writeFieldName("y");
                        g.writeNumber(p.y());
                        if (p.low() != null) {
                            g.writeFieldName("low");
                            g.writeNumber(p.low());
                            g.writeFieldName("high");
                            g.writeNumber(p.high());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }

    /** The executive summary: findings ranked by money at stake, with their English text. */
    private static void writeFindings(JsonGenerator g, ReportModel model, FindingText text) throws IOException {
        g.writeArrayFieldStart("findings");
        int rank = 0;
        for (Finding finding : model.findings()) {
            g.writeStartObject();
            g.writeNumberField("rank", ++rank);
            g.writeStringField("section", finding.sectionId());
            g.writeStringField("key", finding.messageKey());
            g.writeFieldName("money_at_stake");
            writeValue(g, finding.moneyAtStake());
            g.writeArrayFieldStart("args");
            for (var arg : finding.args()) {
                writeValue(g, arg.json());
            }
            g.writeEndArray();
            g.writeStringField("text", text.text(finding));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeSections(JsonGenerator g, ReportModel model, Messages english) throws IOException {
        g.writeArrayFieldStart("sections");
        for (SectionOutcome outcome : model.sections()) {
            g.writeStartObject();
            g.writeStringField("id", outcome.id());
            if (outcome instanceof Skipped skipped) {
                g.writeStringField("status", "skipped");
                g.writeStringField("reason", english.format(skipped.reasonKey(), skipped.reasonArgs()));
            } else {
                g.writeStringField("status", "produced");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeDataQuality(JsonGenerator g, List<Problem> problems) throws IOException {
        g.writeArrayFieldStart("problems");
        for (Problem p : problems) {
            g.writeStartObject();
            g.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
            g.writeStringField("code", p.code());
            g.writeStringField("file", p.at().file());
            g.writeStringField("sheet", p.at().sheet());
            g.writeStringField("cell", p.at().cell());
            g.writeStringField("column", p.at().column());
            g.writeStringField("expected", p.expected());
            g.writeStringField("found", p.found());
            g.writeStringField("action", p.action());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else {
            g.writeString(value.toString());
        }
    }
}
