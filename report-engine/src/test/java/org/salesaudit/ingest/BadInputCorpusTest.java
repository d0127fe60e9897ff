package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesaudit.TestWorkbooks.DEAL_HEADERS;
import static org.salesaudit.TestWorkbooks.deal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

/**
 * The corpus of bad inputs: each case builds one broken or suspicious workbook and states every message
 * salesaudit must give for it, exactly. Hostile files (not a zip, encrypted, zip bomb, XML bomb,
 * truncated) must give one clear message naming the file; the input file is never modified.
 */
class BadInputCorpusTest {

    private static final LocalDate D1 = LocalDate.of(2026, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 20);
    private static final List<String> REP_HEADERS = List.of("Rep ID", "Name");

    @TempDir
    Path dir;

    @FunctionalInterface
    interface Builder {
        Path build(Path dir) throws Exception;
    }

    record Case(String name, Builder builder, Optional<String> mapping, Optional<LocalDate> asOf, List<String> messages) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, Builder builder, String... messages) {
        return new Case(name, builder, Optional.empty(), Optional.empty(), List.of(messages));
    }

    private static Case asOf(String name, LocalDate asOf, Builder builder, String... messages) {
        return new Case(name, builder, Optional.empty(), Optional.of(asOf), List.of(messages));
    }

    private static Case mapped(String name, String mapping, Builder builder, String... messages) {
        return new Case(name, builder, Optional.of(mapping), Optional.empty(), List.of(messages));
    }

    /** A deal row whose date cells may hold anything. */
    private static List<Object> loose(String id, String owner, Object created, Object close, String stage, Object amount,
            String status) {
        return Arrays.asList(id, owner, created, close, stage, amount, "USD", status);
    }

    private static Builder deals(String file, List<?>... rows) {
        return dir -> TestWorkbooks.xlsx().sheet("Deals", DEAL_HEADERS, rows).write(dir.resolve(file));
    }

    private static Builder dealsAndReps(String file, List<List<?>> deals, List<?>... reps) {
        return dir -> TestWorkbooks.xlsx().sheet("Deals", DEAL_HEADERS, deals.toArray(List[]::new))
                .sheet("Reps", REP_HEADERS, reps).write(dir.resolve(file));
    }

    private static Builder sheet(String file, String sheet, List<String> headers, List<?>... rows) {
        return dir -> TestWorkbooks.xlsx().sheet(sheet, headers, rows).write(dir.resolve(file));
    }

    private static Builder bytes(String file, byte[] content) {
        return dir -> Files.write(dir.resolve(file), content);
    }

    private static Builder raw(String file, RawXlsx xlsx) {
        return dir -> xlsx.write(dir.resolve(file));
    }

    private static Builder rawSheet(String file, String rows) {
        return raw(file, RawXlsx.valid().put("xl/worksheets/sheet1.xml", RawXlsx.SHEET_START
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Deal ID</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Amount</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Stage</t></is></c></row>"
                + rows + "</sheetData></worksheet>"));
    }

    private static String unreadable(String file, String found) {
        return file + ": expected an Excel workbook (.xlsx, .xlsm or .xls), found \"" + found + "\" (file not used)";
    }

    static Stream<Case> corpus() throws Exception {
        List<Case> cases = new ArrayList<>();
        // hostile and corrupt files: one message naming the file
        cases.add(of("empty file", bytes("empty.xlsx", new byte[0]),
                unreadable("empty.xlsx", WorkbookFailures.EMPTY)));
        cases.add(of("text file", bytes("notes.xlsx", "Deal ID,Amount\nD-1,10\n".getBytes()),
                unreadable("notes.xlsx", WorkbookFailures.NOT_A_WORKBOOK)));
        cases.add(of("image", bytes("logo.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}),
                unreadable("logo.xlsx", WorkbookFailures.NOT_A_WORKBOOK)));
        cases.add(of("zip signature then garbage", bytes("broken.xlsx", "PK\3\4 this is not a zip".getBytes()),
                unreadable("broken.xlsx", WorkbookFailures.TRUNCATED)));
        cases.add(of("truncated xlsx", dir -> {
            byte[] whole = Files.readAllBytes(deals("whole.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", 10, "Won"))
                    .build(dir));
            return Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        }, unreadable("truncated.xlsx", WorkbookFailures.TRUNCATED)));
        cases.add(of("truncated xls", dir -> {
            Path whole = TestWorkbooks.xls().sheet("Deals", DEAL_HEADERS, deal("D-1", "R01", D1, D2, "Won", 10, "Won"))
                    .write(dir.resolve("whole.xls"));
            byte[] bytes = Files.readAllBytes(whole);
            return Files.write(dir.resolve("truncated.xls"), Arrays.copyOf(bytes, 1024));
        }, unreadable("truncated.xls", WorkbookFailures.DAMAGED_XLS)));
        cases.add(of("zip without a workbook", raw("report.xlsx", RawXlsx.valid().remove("xl/workbook.xml")
                .remove("xl/_rels/workbook.xml.rels").remove("xl/worksheets/sheet1.xml")),
                unreadable("report.xlsx", WorkbookFailures.NOT_EXCEL_ZIP)));
        cases.add(of("plain zip archive", raw("archive.xlsx", new RawXlsx().put("readme.txt", "hello")),
                unreadable("archive.xlsx", WorkbookFailures.NOT_EXCEL_ZIP)));
        cases.add(of("zip bomb", raw("bomb.xlsx", RawXlsx.valid().put("xl/worksheets/sheet1.xml",
                RawXlsx.SHEET_START + " ".repeat(20_000_000) + RawXlsx.SHEET)),
                unreadable("bomb.xlsx", WorkbookFailures.ZIP_BOMB)));
        cases.add(of("XML bomb in a sheet", raw("laughs.xlsx", RawXlsx.valid().put("xl/worksheets/sheet1.xml",
                RawXlsx.SHEET_START + "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>"
                        + RawXlsx.SHEET.replace("D-1", "&lol2;"))),
                unreadable("laughs.xlsx", WorkbookFailures.DOCTYPE)));
        cases.add(of("external entity in the workbook part", raw("xxe.xlsx", RawXlsx.valid().put("xl/workbook.xml",
                RawXlsx.SHEET_START + "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + RawXlsx.WORKBOOK.substring(RawXlsx.WORKBOOK.indexOf("<workbook")).replace("Deals", "&x;"))),
                unreadable("xxe.xlsx", WorkbookFailures.DOCTYPE)));
        cases.add(of("mangled end tag in a sheet", raw("mangled.xlsx", RawXlsx.valid().put("xl/worksheets/sheet1.xml",
                RawXlsx.SHEET_START + RawXlsx.SHEET.replaceFirst("</row>", "</rwo>"))),
                unreadable("mangled.xlsx", "a damaged workbook: the sheet Deals is not well-formed XML "
                        + "(the end tag </rwo> where </row> was expected)")));
        cases.add(of("sheet part cut off inside its data", raw("cut.xlsx", RawXlsx.valid().put("xl/worksheets/sheet1.xml",
                RawXlsx.SHEET_START + RawXlsx.SHEET.substring(0, RawXlsx.SHEET.indexOf("<row r=\"2\">")))),
                unreadable("cut.xlsx", "a damaged workbook: the sheet Deals is not well-formed XML "
                        + "(the part ends inside <sheetData>)")));
        cases.add(of("password-protected xlsx", BadInputCorpusTest::encryptedXlsx,
                unreadable("secret.xlsx", WorkbookFailures.ENCRYPTED)));
        cases.add(of("password-protected xls", BadInputCorpusTest::encryptedXls,
                unreadable("secret.xls", WorkbookFailures.ENCRYPTED)));

        // sheets: a recognised sheet without a required column stops the run
        cases.add(of("deals without an amount column", sheet("crm.xlsx", "Deals", List.of("Deal ID", "Stage", "Owner"),
                List.of("D-1", "Qualified", "R01")),
                "crm.xlsx, sheet Deals: expected a column \"Amount\" in the header row (row 1; also recognised: "
                        + "Deal - Value, Deal Value, Value, Opportunity Amount, Amount (converted); or name it in a "
                        + "--mapping file as deals.amount), found \"columns Deal ID, Stage, Owner\" (workbook not used)"));
        cases.add(of("deals without a stage or status", sheet("crm.xlsx", "Deals", List.of("Deal ID", "Amount"),
                List.of("D-1", 10)),
                "crm.xlsx, sheet Deals: expected a column \"Stage\" in the header row (row 1; also recognised: "
                        + "Deal Stage, Opportunity Stage, Deal - Stage, Pipeline Stage, 단계; or name it in a "
                        + "--mapping file as deals.stage), found \"columns Deal ID, Amount\" (workbook not used)"));
        cases.add(of("empty Deals sheet", dir -> TestWorkbooks.xlsx().rawSheet("Deals", List.of())
                .write(dir.resolve("crm.xlsx")),
                "crm.xlsx, sheet Deals: expected a header row with the columns Deal ID, Amount within the first 20 rows, "
                        + "found \"an empty sheet\" (workbook not used)"));
        cases.add(of("leads without a created column", sheet("crm.xlsx", "Leads", List.of("Lead ID", "Source"),
                List.of("L-1", "Website")),
                "crm.xlsx, sheet Leads: expected a column \"Created\" in the header row (row 1; also recognised: "
                        + "Created Date, Create Date, Lead - Lead created, Person - Person created, Created on; or name it in a "
                        + "--mapping file as leads.created), found \"columns Lead ID, Source\" (workbook not used)"));
        cases.add(of("stage history without dates", sheet("crm.xlsx", "StageHistory", List.of("Deal ID", "Stage"),
                List.of("D-1", "Qualified")),
                "crm.xlsx, sheet StageHistory: expected a column \"Entered On\" in the header row (row 1; also "
                        + "recognised: Entered, Date Entered, Stage Date, Last Modified, Changed On; or name it in a --mapping "
                        + "file as stage_history.entered_on), found \"columns Deal ID, Stage\" (workbook not used)"));
        cases.add(of("activities without a date", sheet("crm.xlsx", "Activities", List.of("Activity ID", "Type"),
                List.of("A-1", "Call")),
                "crm.xlsx, sheet Activities: expected a column \"Date\" in the header row (row 1; also recognised: "
                        + "Activity Date, Due Date, Activity - Due date, Date and time, Activity - Done time; or name it in a --mapping file "
                        + "as activities.date), found \"columns Activity ID, Type\" (workbook not used)"));
        cases.add(of("quotas without a period", sheet("crm.xlsx", "Quotas", List.of("Rep ID", "Amount"),
                List.of("R01", 100)),
                "crm.xlsx, sheet Quotas: expected a column \"Period\" in the header row (row 1; also recognised: "
                        + "Month, Quarter, 기간, 월, Okres; or name it in a --mapping file as quotas.period), found \"columns "
                        + "Rep ID, Amount\" (workbook not used)"));

        // cells: the row is left out (error) or the value repaired (warning), with the cell named
        cases.add(of("amount that is not a number", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", "TBD", "Won")),
                "crm.xlsx, sheet Deals, cell F2 (Amount): expected an amount (a number), found \"TBD\" (row left out)"));
        cases.add(of("amount typed as Polish text", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", "1.234,56 zł", "Won")),
                "crm.xlsx, sheet Deals, cell F2 (Amount): expected a number, found \"1.234,56 zł\" (read as 1234.56)"));
        cases.add(of("amount in Arabic-Indic digits", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", "١٢٬٥٠٠٫٥٠", "Won")),
                "crm.xlsx, sheet Deals, cell F2 (Amount): expected a number, found \"١٢٬٥٠٠٫٥٠\" (read as 12500.50)"));
        cases.add(of("negative amount", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", -5, "Won")),
                "crm.xlsx, sheet Deals, cell F2 (Amount): expected an amount of zero or more, found \"-5\" (row left out)"));
        cases.add(of("blank deal id", deals("crm.xlsx", deal(null, "R01", D1, D2, "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell A2 (Deal ID): expected a value (row left out)"));
        cases.add(of("ambiguous text date", deals("crm.xlsx", loose("D-1", "R01", D1, "03/05/2026", "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell D2 (Close Date): expected an unambiguous date (day and month could be "
                        + "either way round; use YYYY-MM-DD, or set deals.close_date.dates = day-first or month-first "
                        + "in a --mapping file), found \"03/05/2026\" (treated as blank)",
                "crm.xlsx, sheet Deals, cell D2 (Close Date): expected a close date for a closed deal (left out of "
                        + "period figures)"));
        cases.add(mapped("ambiguous date with a day-first rule", "deals.close_date.dates = day-first\n",
                deals("crm.xlsx", loose("D-1", "R01", D1, "03/05/2026", "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell D2 (Close Date): expected a date cell, found \"03/05/2026\" (read as 2026-05-03)"));
        cases.add(mapped("date contradicting a month-first rule", "deals.close_date.dates = month-first\n",
                deals("crm.xlsx", loose("D-1", "R01", D1, "25/05/2026", "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell D2 (Close Date): expected a date written month first, as the mapping file "
                        + "says, found \"25/05/2026\" (treated as blank)",
                "crm.xlsx, sheet Deals, cell D2 (Close Date): expected a close date for a closed deal (left out of "
                        + "period figures)"));
        cases.add(of("text that is not a date", deals("crm.xlsx", loose("D-1", "R01", "next week", D2, "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell C2 (Created): expected a date, found \"next week\" (treated as blank)"));
        cases.add(of("date as a plain number", deals("crm.xlsx", loose("D-1", "R01", 45000, D2, "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell C2 (Created): expected a date (the cell holds a number without a date "
                        + "format), found \"45000\" (treated as blank)"));
        cases.add(of("cached #REF! in the amount", rawSheet("formulas.xlsx",
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>D-1</t></is></c><c r=\"B2\" t=\"e\"><f>#REF!*2</f><v>#REF!</v></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><t>Qualified</t></is></c></row>"),
                "formulas.xlsx, sheet Deals, cell B2 (Amount): expected an amount, not a formula error, found \"#REF!\" "
                        + "(row left out)"));
        cases.add(of("formula without a cached value", rawSheet("uncached.xlsx",
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>D-1</t></is></c><c r=\"B2\"><f>SUM(1,2)</f></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><t>Qualified</t></is></c></row>"),
                "uncached.xlsx, sheet Deals, cell B2 (Amount): expected a formula with a saved result (open the file in "
                        + "Excel and save it again), found \"=SUM(1,2)\" (row left out)"));
        cases.add(of("unknown status", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", 5, "Maybe")),
                "crm.xlsx, sheet Deals, cell H2 (Status): expected Open, Won or Lost, found \"Maybe\" (status taken "
                        + "from the stage)"));
        cases.add(of("probability above 100 %", sheet("crm.xlsx", "Deals", List.of("Deal ID", "Amount", "Stage",
                "Probability"), List.of("D-1", 5, "Qualified", "150%")),
                "crm.xlsx, sheet Deals, cell D2 (Probability): expected a probability between 0 and 1 (or 0 % and "
                        + "100 %), found \"150%\" (treated as blank)"));
        cases.add(of("unknown currency", deals("crm.xlsx", Arrays.asList("D-1", "R01", D1, D2, "Closed Won", 5, "Zloty",
                "Won")), "crm.xlsx, sheet Deals, cell G2 (Currency): expected an ISO 4217 currency code such as USD, "
                        + "found \"Zloty\" (treated as blank)"));
        cases.add(of("deal in another currency", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", 5, "Won"),
                deal("D-2", "R01", D1, D2, "Closed Won", 5, "Won"),
                Arrays.asList("D-3", "R01", D1, D2, "Closed Won", 5, "EUR", "Won")),
                "crm.xlsx, sheet Deals, cell G4 (Currency): expected an amount in USD (no exchange rates are "
                        + "configured), found \"EUR\" (row left out)"));
        cases.add(of("duplicate deal id", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", 5, "Won"),
                deal("D-1", "R02", D1, D2, "Closed Lost", 7, "Lost")),
                "crm.xlsx, sheet Deals, cell A3 (Deal ID): expected a deal id used once (first used in row 2), "
                        + "found \"D-1\" (row left out)"));
        cases.add(of("duplicated row", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", 5, "Won"),
                deal("D-1", "R01", D1, D2, "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell A3 (Deal ID): expected a row that appears once (row 2 holds the same "
                        + "values), found \"D-1\" (row left out)"));
        cases.add(of("owner not on the Reps sheet", dealsAndReps("crm.xlsx",
                List.of(deal("D-1", "R99", D1, D2, "Closed Won", 5, "Won")), List.of("R01", "Ada")),
                "crm.xlsx, sheet Deals, cell B2 (Owner): expected an owner listed in the Reps sheet, found \"R99\" "
                        + "(deal kept; the owner has no name or team)"));
        cases.add(of("stage not in the stage table", deals("crm.xlsx",
                deal("D-1", "R01", D1, D2, "Negotiation/Review", 5, "Open"),
                deal("D-2", "R01", D1, D2, "Negotiation/Review", 6, "Open")),
                "crm.xlsx, sheet Deals, cell E2 (Stage): expected a stage of the stage table (see docs/settings.md) "
                        + "or a won or lost stage, found \"Negotiation/Review\" (2 open deals kept; weighted with the "
                        + "stated probability, or 0 without one)"));
        cases.add(asOf("won deal closed after the as-of date", LocalDate.of(2026, 2, 1),
                deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell D2 (Close Date): expected a close date on or before the as-of date "
                        + "2026-02-01 for a won deal, found \"2026-03-20\" (deal kept)"));
        cases.add(of("open deal whose close date has passed", deals("crm.xlsx",
                deal("D-1", "R01", D1, D1, "Qualified", 5, "Open"), deal("D-2", "R01", D1, D2, "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell D2 (Close Date): expected an expected close date on or after the as-of "
                        + "date 2026-03-20 for an open deal, found \"2026-01-10\" (deal kept; its close date has passed)"));
        cases.add(of("zero amount in a late stage", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Product trial", 0, "Open")),
                "crm.xlsx, sheet Deals, cell F2 (Amount): expected an amount above zero for a deal in stage Product "
                        + "trial, found \"0\" (deal kept)"));
        cases.add(of("zero amount on a won deal", deals("crm.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", 0, "Won")),
                "crm.xlsx, sheet Deals, cell F2 (Amount): expected an amount above zero for a deal won, found \"0\" "
                        + "(deal kept)"));
        cases.add(of("won deal without a close date", deals("crm.xlsx", deal("D-1", "R01", D1, null, "Closed Won", 5, "Won")),
                "crm.xlsx, sheet Deals, cell D2 (Close Date): expected a close date for a closed deal (left out of "
                        + "period figures)"));
        cases.add(of("near-duplicate deals", sheet("crm.xlsx", "Deals", List.of("Deal ID", "Account", "Owner", "Created",
                "Amount", "Stage"), List.of("D-1", "Acme Corp", "R01", D1, 500, "Qualified"),
                List.of("D-2", "ACME corp.", "R01", D1, 500.0, "Qualified")),
                "crm.xlsx, sheet Deals, cell A3 (Deal ID): expected a deal other than D-1 (row 2 has the same account, "
                        + "owner, created date and amount), found \"D-2\" (deal kept; check whether it was entered twice)",
                "crm.xlsx, sheet Deals, cell B3 (Account): expected one spelling per account: \"Acme Corp\" (written so "
                        + "1 time), found \"ACME corp.\" (1 row kept as written; they count as a different account)"));
        cases.add(of("one product spelt two ways", sheet("crm.xlsx", "Deals", List.of("Deal ID", "Amount", "Stage",
                "Product"), List.of("D-1", 5, "Qualified", "GTX Pro"), List.of("D-2", 5, "Qualified", "GTXPro"),
                List.of("D-3", 5, "Qualified", "GTX Pro")),
                "crm.xlsx, sheet Deals, cell D3 (Product): expected one spelling per product: \"GTX Pro\" (written so "
                        + "2 times), found \"GTXPro\" (1 row kept as written; they count as a different product)"));
        cases.add(of("one rep spelt two ways", sheet("crm.xlsx", "Reps", REP_HEADERS, List.of("R01", "Anna Nowak"),
                List.of("R02", "Anna  nowak")),
                "crm.xlsx, sheet Reps, cell B3 (Name): expected one spelling per rep: \"Anna Nowak\" (written so 1 "
                        + "time), found \"Anna  nowak\" (1 row kept as written; they count as a different rep)"));
        cases.add(of("duplicate rep id", sheet("crm.xlsx", "Reps", REP_HEADERS, List.of("R01", "Ada"), List.of("R01", "Bo")),
                "crm.xlsx, sheet Reps, cell A3 (Rep ID): expected a rep id used once, found \"R01\" (row left out)"));
        cases.add(of("quota period that is not a month", sheet("crm.xlsx", "Quotas", List.of("Rep ID", "Period", "Amount"),
                List.of("R01", "Oct 2026", 100)),
                "crm.xlsx, sheet Quotas, cell B2 (Period): expected a period such as 2026-10 or 2026-Q4, found "
                        + "\"Oct 2026\" (row left out)"));
        cases.add(of("negative quota", sheet("crm.xlsx", "Quotas", List.of("Rep ID", "Period", "Amount"),
                List.of("R01", "2026-10", -100)),
                "crm.xlsx, sheet Quotas, cell C2 (Amount): expected a quota of zero or more, found \"-100\" (row left out)"));
        cases.add(of("duplicate lead id", sheet("crm.xlsx", "Leads", List.of("Lead ID", "Created"), List.of("L-1", D1),
                List.of("L-1", D2)),
                "crm.xlsx, sheet Leads, cell A3 (Lead ID): expected a lead id used once (first used in row 2), found "
                        + "\"L-1\" (row left out)"));
        cases.add(of("lead qualified before it was created", sheet("crm.xlsx", "Leads",
                List.of("Lead ID", "Created", "MQL Date", "SQL Date"), List.of("L-1", D2, D1, D2)),
                "crm.xlsx, sheet Leads, cell C2 (MQL Date): expected a MQL date on or after the created date 2026-03-20, "
                        + "found \"2026-01-10\" (lead kept)"));
        cases.add(of("yes/no cell that says neither", sheet("crm.xlsx", "Leads", List.of("Lead ID", "Created", "Persona Fit"),
                List.of("L-1", D1, "maybe")),
                "crm.xlsx, sheet Leads, cell C2 (Persona Fit): expected yes or no (Yes/No, Tak/Nie, Да/Нет, 예/아니오, "
                        + "نعم/لا), found \"maybe\" (treated as blank)"));
        cases.add(of("count that is not whole", sheet("crm.xlsx", "Leads", List.of("Lead ID", "Created", "Email Opens"),
                List.of("L-1", D1, 2.5)),
                "crm.xlsx, sheet Leads, cell C2 (Email Opens): expected a whole number of zero or more, found \"2.5\" "
                        + "(treated as blank)"));
        cases.add(of("activity without a date", sheet("crm.xlsx", "Activities", List.of("Activity ID", "Date", "Type"),
                Arrays.asList("A-1", null, "Call")),
                "crm.xlsx, sheet Activities, cell B2 (Date): expected a date (row left out)"));
        cases.add(of("stage history date that is not a date", sheet("crm.xlsx", "StageHistory",
                List.of("Deal ID", "Stage", "Entered On"), List.of("D-1", "Qualified", "soon")),
                "crm.xlsx, sheet StageHistory, cell C2 (Entered On): expected a date, found \"soon\" (row left out)"));
        cases.add(of("campaign spend that is not a number", sheet("crm.xlsx", "Campaigns", List.of("Campaign", "Spend"),
                List.of("Spring webinar", "n/a")),
                "crm.xlsx, sheet Campaigns, cell B2 (Spend): expected an amount (a number), found \"n/a\" (treated as blank)"));
        cases.add(of("customer churned before it started", sheet("crm.xlsx", "Customers",
                List.of("Account", "Since", "Churned On"), List.of("Acme", D2, D1)),
                "crm.xlsx, sheet Customers, cell C2 (Churned On): expected a churn date on or after the customer-since "
                        + "date 2026-03-20, found \"2026-01-10\" (kept as written)"));
        cases.add(mapped("mapping with a misspelt key", "deals.amout = Value\n", deals("crm.xlsx"),
                "mapping.properties: expected a key like deals.amount or deals.sheet (did you mean deals.amount? every "
                        + "key is listed in docs/workbook-format.md), found \"deals.amout\" "
                        + "(mapping not used)"));
        cases.add(mapped("mapping with an unknown date rule", "deals.close_date.dates = sometimes\n", deals("crm.xlsx"),
                "mapping.properties: expected day-first or month-first for deals.close_date.dates, found \"sometimes\" "
                        + "(mapping not used)"));
        cases.add(of("CSV whose encoding cannot be told", dir -> Files.write(dir.resolve("data.csv"),
                java.util.HexFormat.of().parseHex("49442C416D6F756E742C53746167650D0A312C3130302C818D909D0D0A")),
                "data.csv: expected a CSV file (comma, semicolon, tab or pipe separated), found \"text in an encoding "
                        + "that cannot be told from its first 64 KB (closest guess windows-1252, which does not fit "
                        + "every byte; save it as UTF-8: in Excel, Save As, CSV UTF-8; or name it in a --mapping file, "
                        + "e.g. csv.encoding = windows-1251)\" (file not used)"));
        cases.add(mapped("mapping naming an unknown encoding", "csv.encoding = klingon\n", deals("crm.xlsx"),
                "mapping.properties: expected an encoding name such as windows-1251, EUC-KR or UTF-8 for csv.encoding, "
                        + "found \"klingon\" (mapping not used)"));
        cases.add(of("bad cell in a table stacked below another", dir -> TestWorkbooks.xlsx().rawSheet("Export", List.of(
                List.of("Deal ID", "Owner", "Stage", "Amount", "Status"),
                List.of("D-1", "R01", "Qualified", 100, "Open"),
                List.of(),
                List.of("Sales team"),
                List.of("Rep ID", "Name", "End Date"),
                List.of("R01", "Ada", "never"))).write(dir.resolve("export.xlsx")),
                "export.xlsx, sheet Export, cell C6 (End Date): expected a date, found \"never\" (treated as blank)"));
        cases.add(of("bad cell in a table beside another", dir -> TestWorkbooks.xlsx().rawSheet("Export", List.of(
                Arrays.asList("Deal ID", "Owner", "Stage", "Amount", "Status", null, null, "Rep ID", "Name", "Start Date"),
                Arrays.asList("D-1", "R01", "Qualified", "ten", "Open", null, null, "R01", "Ada", "soon"))).write(
                        dir.resolve("export.xlsx")),
                "export.xlsx, sheet Export, cell D2 (Amount): expected an amount (a number), found \"ten\" (row left out)",
                "export.xlsx, sheet Export, cell J2 (Start Date): expected a date, found \"soon\" (treated as blank)"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputGivesItsExactMessagesAndTheFileIsNotModified(Case c) throws Exception {
        Path file = c.builder().build(dir);
        byte[] before = Files.readAllBytes(file);
        ProblemLog log = new ProblemLog(ProblemPolicy.COLLECT);
        List<Problem> problems;
        try {
            ColumnMapping mapping = c.mapping().isPresent()
                    ? ColumnMapping.read(Files.writeString(dir.resolve("mapping.properties"), c.mapping().get()))
                    : ColumnMapping.none();
            new SalesDataReader(mapping).read(List.of(file), Optional.empty(), c.asOf(), log);
            problems = log.problems();
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        assertEquals(c.messages(), problems.stream().map(Problem::message).toList());
        assertArrayEquals(before, Files.readAllBytes(file), "the input is never modified");
    }

    private static Path encryptedXlsx(Path dir) throws Exception {
        byte[] plain = Files.readAllBytes(deals("plain.xlsx", deal("D-1", "R01", D1, D2, "Closed Won", 10, "Won"))
                .build(dir));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("secret.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        return dir.resolve("secret.xlsx");
    }

    private static Path encryptedXls(Path dir) throws Exception {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Deals").createRow(0).createCell(0).setCellValue("Deal ID");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return Files.write(dir.resolve("secret.xls"), out.toByteArray());
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }
}
