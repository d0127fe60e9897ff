package org.salesaudit.commission.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.salesaudit.commission.CommissionWorkbooks;
import org.salesaudit.commission.calculation.RepMonth;
import org.salesaudit.engine.CommissionEngine;
import org.salesaudit.engine.CommissionRequest;
import org.salesaudit.render.Messages;

class StatementPdfTest {

    @TempDir
    Path dir;

    /** Every credited line shows the deal, account, product, deal amount, credit and source row, in every language. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ru", "ko", "ar"})
    void everyCreditedLineShowsAccountProductAmountAndSource(String language) throws Exception {
        List<List<Object>> deals = List.of(
                Arrays.asList("D-1", "R01", java.time.LocalDate.of(2026, 10, 5), 8000, "USD", "Won", "Analytics",
                        "Globex"));
        List<String> headers = new java.util.ArrayList<>(CommissionWorkbooks.DEAL_HEADERS);
        headers.add("Account");
        Path workbook = CommissionWorkbooks.with(headers, deals, List.of(List.of("R01", "Ada", "East", language)))
                .write(dir.resolve("crm.xlsx"));
        RepMonth m = new CommissionEngine(1).calculate(CommissionRequest.of(List.of(workbook), dir.resolve("out"),
                YearMonth.of(2026, 10))).statements().get(0);
        StatementText t = new StatementText(Locale.forLanguageTag(language), java.util.Currency.getInstance("USD"));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(StatementPdf.xhtml(m, t, "salesaudit test", List.of("crm.xlsx")))));
        NodeList header = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='table'][@class='lines']//*[local-name()='th']", doc, XPathConstants.NODESET);
        NodeList cells = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='table'][@class='lines']//*[local-name()='tbody']/*[local-name()='tr'][1]/*[local-name()='td']",
                doc, XPathConstants.NODESET);
        List<String> columns = texts(header);
        List<String> line = texts(cells);
        if (t.rightToLeft()) {
            java.util.Collections.reverse(columns);
            java.util.Collections.reverse(line);
        }
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        assertEquals(StatementWorkbook.LINE_COLUMNS.stream().map(k -> messages.get("commission.column." + k)).toList(),
                columns);
        assertEquals("D-1", line.get(0));
        assertEquals("Globex", line.get(1));
        assertEquals("Analytics", line.get(2));
        assertEquals(t.money(new java.math.BigDecimal("8000")), line.get(5));
        assertEquals(t.money(new java.math.BigDecimal("8000")), line.get(6));
        assertTrue(line.get(10).equals("crm.xlsx / Deals / 2"), line.get(10));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
