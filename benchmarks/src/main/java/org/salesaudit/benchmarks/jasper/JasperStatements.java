package org.salesaudit.benchmarks.jasper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.JRPdfExporter;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

import org.salesaudit.commission.calculation.CalculationStep;
import org.salesaudit.commission.calculation.CreditLine;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.commission.calculation.Segment;
import org.salesaudit.commission.statements.StatementText;

/**
 * Commission statements as PDF through JasperReports 6.21, from {@code statement.jrxml}: compiled
 * once, then filled and exported per statement, with the same texts and formatted numbers as the
 * salesaudit statement and the same bundled Noto Sans, embedded. Thread-safe.
 */
final class JasperStatements {

    private static final String FONTS = "org/salesaudit/templates/fonts/";
    private static final List<String> LINE_COLUMNS = List.of("deal", "account", "product", "closeDate", "share",
            "dealAmount", "credit", "commission", "spif", "plan", "source");

    private final SimpleJasperReportsContext context;
    private final JasperReport report;

    JasperStatements() throws IOException, JRException {
        context = new SimpleJasperReportsContext();
        SimpleFontFamily noto = new SimpleFontFamily(context);
        noto.setName("Noto Sans");
        noto.setNormal(FONTS + "NotoSans-Regular.ttf");
        noto.setBold(FONTS + "NotoSans-Bold.ttf");
        noto.setPdfEncoding("Identity-H");
        noto.setPdfEmbedded(true);
        context.setExtensions(FontFamily.class, List.of(noto));
        try (InputStream jrxml = JasperStatements.class.getResourceAsStream("statement.jrxml")) {
            report = JasperCompileManager.getInstance(context).compile(jrxml);
        }
    }

    /** @return the statement as PDF bytes */
    byte[] pdf(RepMonth m, StatementText t, String generator, String inputs) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", t.text("commission.statement.title"));
        parameters.put("subtitle", m.rep().displayName() + " \u00B7 " + t.month(m.month()));
        parameters.put("rounding", t.text("commission.statement.rounding"));
        parameters.put("generated", t.text("commission.statement.generated", generator, inputs));
        JasperPrint print = JasperFillManager.getInstance(context).fill(report, parameters,
                new JRMapCollectionDataSource(rows(m, t)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        return out.toByteArray();
    }

    /** The rows of the data source: header, summary, deal lines with their total, tier steps, year to date. */
    static List<Map<String, ?>> rows(RepMonth m, StatementText t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        String header = "header";
        rows.add(pair(header, null, "pair", t.text("commission.statement.rep"), m.rep().displayName() + " (" + m.rep().id() + ")"));
        rows.add(pair(header, null, "pair", t.text("commission.statement.team"), m.rep().team() == null ? "\u2013" : m.rep().team()));
        rows.add(pair(header, null, "pair", t.text("commission.statement.period"), t.month(m.month())));
        rows.add(pair(header, null, "pair", t.text("commission.statement.plan"),
                String.join(", ", m.segments().stream().map(s -> s.plan().label()).distinct().toList())));
        rows.add(pair(header, null, "pair", t.text("commission.statement.currency"), t.currencyCode()));
        String summary = t.text("commission.summary.title");
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.credit"), t.money(m.credit())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.target"), t.money(m.target())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.attainment"), t.attainment(m.attainment())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.commission"), t.money(m.commission())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.spif"), t.money(m.spif())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.clawbacks"), t.money(m.clawbackTotal())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.adjustments"), t.money(m.adjustmentTotal())));
        rows.add(pair("summary", summary, "total", t.text("commission.summary.earned"), t.money(m.earned())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.balanceBefore"), t.money(m.balanceBefore())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.drawTopUp"), t.money(m.ledger().drawTopUp())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.recovered"),
                t.money(m.ledger().recovered().negate())));
        rows.add(pair("summary", summary, "total", t.text("commission.summary.variablePaid"), t.money(m.ledger().paid())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.baseSalary"), t.money(m.baseSalary())));
        rows.add(pair("summary", summary, "total", t.text("commission.summary.totalPay"), t.money(m.totalPay())));
        rows.add(pair("summary", summary, "pair", t.text("commission.summary.balanceAfter"),
                t.money(m.ledger().balanceAfter())));
        String lines = t.text("commission.lines.title");
        List<String> head = LINE_COLUMNS.stream().map(c -> t.text("commission.column." + c)).toList();
        rows.add(cells("lines", lines, "head", head));
        for (CreditLine l : m.lines()) {
            rows.add(cells("lines", lines, "line", List.of(l.dealId(), text(l.account()), text(l.product()),
                    t.date(l.closeDate()), t.rate(l.share()), l.dealAmount() == null ? "" : t.money(l.dealAmount()),
                    t.money(l.credit()), t.money(l.commission()),
                    t.money(l.spif()), text(l.plan()),
                    l.source().file() + " / " + l.source().sheet() + " / " + l.source().row())));
        }
        if (!m.lines().isEmpty()) {
            rows.add(cells("lines", lines, "head", List.of(t.text("commission.column.total"), "", "", "", "", "",
                    t.money(m.lines().stream().map(CreditLine::credit).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)),
                    t.money(m.lines().stream().map(CreditLine::commission).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)),
                    t.money(m.lines().stream().map(CreditLine::spif).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)),
                    "", "")));
        }
        int index = 0;
        for (Segment s : m.segments()) {
            String section = "segment" + index++;
            String title = t.text("commission.calculation.title") + ": " + t.segment(s);
            for (CalculationStep step : s.steps()) {
                rows.add(pair(section, title, "pair", t.step(step), t.money(step.amount())));
            }
            rows.add(pair(section, title, "total", t.text("commission.step.result"), t.money(s.commission())));
        }
        String ytd = t.text("commission.ytd.title", t.month(m.month()));
        rows.add(pair("ytd", ytd, "pair", t.text("commission.summary.credit"), t.money(m.yearToDate().credit())));
        rows.add(pair("ytd", ytd, "pair", t.text("commission.summary.target"), t.money(m.yearToDate().target())));
        rows.add(pair("ytd", ytd, "pair", t.text("commission.summary.earned"), t.money(m.yearToDate().earned())));
        rows.add(pair("ytd", ytd, "pair", t.text("commission.summary.variablePaid"),
                t.money(m.yearToDate().variablePaid())));
        rows.add(pair("ytd", ytd, "pair", t.text("commission.summary.baseSalary"), t.money(m.yearToDate().baseSalary())));
        rows.add(pair("ytd", ytd, "pair", t.text("commission.summary.totalPay"), t.money(m.yearToDate().totalPay())));
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, ?> pair(String section, String title, String kind, String label, String value) {
        return cells(section, title, kind, List.of(label, value));
    }

    private static Map<String, ?> cells(String section, String title, String kind, List<String> values) {
        Map<String, Object> row = new HashMap<>();
        row.put("section", section);
        row.put("sectionTitle", title);
        row.put("kind", kind);
        for (int i = 0; i < values.size(); i++) {
            row.put("c" + i, values.get(i));
        }
        return row;
    }
}
