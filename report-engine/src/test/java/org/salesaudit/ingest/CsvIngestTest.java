package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

class CsvIngestTest {

    @TempDir
    Path dir;

    private final ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);

    private Ingested read(Path file) throws Exception {
        return new SalesDataReader(ColumnMapping.none()).read(List.of(file), Optional.empty(), problems);
    }

    private Path write(String name, String text, Charset charset, byte... bom) throws Exception {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return Files.write(dir.resolve(name), all);
    }

    @Test
    void readsACommaSeparatedUtf8ExportWithABomRecognisedByItsHeaders() throws Exception {
        Path file = write("hubspot-deals.csv", "Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner\n"
                + "00123,Big one,Closed Won,1200.50,2026-03-20,2026-01-10 09:30,R01\n"
                + "124,\"Acme, Inc.\",Qualified,300,2026-05-01,2026-02-01,R02\n", StandardCharsets.UTF_8,
                (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        Ingested in = read(file);

        List<Deal> deals = in.data().deals();
        assertEquals(List.of("00123", "124"), deals.stream().map(Deal::id).toList());
        assertEquals(new BigDecimal("1200.5"), deals.get(0).amount());
        assertEquals(DealStatus.WON, deals.get(0).status());
        assertEquals(LocalDate.of(2026, 1, 10), deals.get(0).created());
        assertEquals("hubspot-deals", in.inputs().get(0).sheets().get(0).name());
        assertEquals("deals", in.inputs().get(0).sheets().get(0).dataset());
        assertEquals("hubspot-deals.csv [hubspot-deals] row 3", deals.get(1).source().toString());
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());
    }

    @Test
    void readsASemicolonSeparatedPolishExportInWindows1250() throws Exception {
        Path file = write("szanse.csv", "ID transakcji;Etap;Kwota;Data zamknięcia;Właściciel;Prawdopodobieństwo\n"
                + "P-1;Wygrana;1.234,56 zł;15.03.2026;Łukasz Żółć;100%\n", Charset.forName("windows-1250"));

        Ingested in = read(file);

        Deal deal = in.data().deals().get(0);
        assertEquals(new BigDecimal("1234.56"), deal.amount());
        assertEquals("Łukasz Żółć", deal.ownerId());
        assertEquals(LocalDate.of(2026, 3, 15), deal.closeDate());
        assertEquals(DealStatus.WON, deal.status());
        // local formats are how CSV writes numbers and dates: reading them is not a repair
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());
    }

    @Test
    void readsATabSeparatedRussianExportInWindows1251() throws Exception {
        Path file = write("сделки.tsv", "ID сделки\tЭтап\tСумма\tСтатус\tОтветственный\n"
                + "С-1\tПереговоры\t1 234,56 руб.\tОткрыта\tИванов\n", Charset.forName("windows-1251"));

        Ingested in = read(file);

        Deal deal = in.data().deals().get(0);
        assertEquals("С-1", deal.id());
        assertEquals("Иванов", deal.ownerId());
        assertEquals(DealStatus.OPEN, deal.status());
        assertEquals(new BigDecimal("1234.56"), deal.amount().stripTrailingZeros().setScale(2));
    }

    @Test
    void readsUtf16WithItsByteOrderMark() throws Exception {
        Path file = write("export.csv", "Deal ID,Amount,Stage\nD-1,10,Qualified\n", StandardCharsets.UTF_16LE,
                (byte) 0xFF, (byte) 0xFE);

        assertEquals("D-1", read(file).data().deals().get(0).id());
    }

    @Test
    void detectsTheDelimiterFromTheHeaderLine() {
        assertEquals(';', CsvSource.delimiter("a;b;\"c,d\";e\n1,2,3"));
        assertEquals('\t', CsvSource.delimiter("a\tb\tc"));
        assertEquals('|', CsvSource.delimiter("a|b|c"));
        assertEquals(',', CsvSource.delimiter("a,b"));
        assertEquals(';', CsvSource.delimiter("Deals report, Q1 2026\r\nID;Amount;Stage;Owner\r\n1;2;3;4\r\n"));
    }

    @Test
    void aMalformedQuoteIsOneMessageNamingTheFileAndLine() throws Exception {
        Path file = write("broken.csv", "Deal ID,Amount,Stage\nD-1,10,Qualified\n\"D-2\"x,5,Qualified\n",
                StandardCharsets.UTF_8);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(file));

        assertEquals("broken.csv: expected a CSV file (comma, semicolon, tab or pipe separated), found \"a CSV file "
                + "with a malformed quoted field near line 3\" (file not used)", e.getMessage());
    }
}
