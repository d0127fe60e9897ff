package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Rep;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;
import org.salesaudit.report.InputSheet;

/** The suggested mapping of a sheet holding several tables describes each of them. */
class MappingSuggestionSeveralTablesTest {

    @TempDir
    Path dir;

    private String suggest(Path file) throws Exception {
        return new MappingSuggestion(ColumnMapping.none()).suggest(List.of(file));
    }

    /** @return the lines of the suggestion from the description of {@code sheet} up to the next sheet's */
    private static List<String> section(String text, String sheet) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# Sheet \"" + sheet + "\"")) {
                from = i;
                break;
            }
        }
        assertTrue(from >= 0, text);
        List<String> section = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# Sheet \"") && !lines.get(i).startsWith("# Sheet \"" + sheet + "\"")) {
                break;
            }
            section.add(lines.get(i));
        }
        while (section.get(section.size() - 1).isEmpty()) {
            section.remove(section.size() - 1);
        }
        return section;
    }

    /** A Reps table of 20 reps, then a blank and a title row, then a Deals table below row 20. */
    private Path repsAboveDeals() throws Exception {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("Team and pipeline"));
        rows.add(List.of("Rep ID", "Name", "Squad"));
        for (int r = 1; r <= 20; r++) {
            rows.add(List.of(String.format("R%02d", r), "Rep " + r, r % 2 == 0 ? "East" : "West"));
        }
        rows.add(List.of());
        rows.add(List.of("Pipeline"));
        rows.add(List.of("Deal ID", "Owner", "Stage", "Amount", "Memo"));
        rows.add(List.of("D-1", "R01", "Qualified", 100, "call back"));
        rows.add(List.of("D-2", "R02", "Qualified", 250, ""));
        return TestWorkbooks.xlsx().rawSheet("Export", rows)
                .sheet("Lookup", List.of("Code", "Label"), List.of("A", "Alpha"))
                .write(dir.resolve("export.xlsx"));
    }

    @Test
    void stackedTablesAreEachDescribedWithTheirHeaderRowColumnsAndFields() throws Exception {
        String text = suggest(repsAboveDeals());

        assertEquals(List.of(
                "# Sheet \"Export\", table 1 of 2: reps, header row 2, columns A\u2013C (recognised by its headers)",
                "reps.sheet = Export",
                "reps.id = Rep ID",
                "reps.name = Name",
                "# Columns not matched (ignored unless you name them above): Squad",
                "# reps.team = ",
                "# reps.level = ",
                "# reps.manager = ",
                "# reps.region = ",
                "# reps.start_date = ",
                "# reps.end_date = ",
                "# reps.language = ",
                "",
                "# Sheet \"Export\", table 2 of 2: deals, header row 25, columns A\u2013E (recognised by its headers)",
                "# deals.sheet = Export   <- leave out: the sheet is named for its first table, reps;"
                        + " this table is found by its headers",
                "deals.id = Deal ID",
                "deals.amount = Amount",
                "deals.owner = Owner",
                "deals.stage = Stage",
                "# Columns not matched (ignored unless you name them above): Memo",
                "# deals.account = ",
                "# deals.created = ",
                "# deals.close_date = ",
                "# deals.status = ",
                "# deals.probability = ",
                "# deals.currency = ",
                "# deals.lead_id = ",
                "# deals.product = ",
                "# deals.region = ",
                "# deals.type = "), section(text, "Export"));
        // a sheet of one table is described as before
        assertEquals(List.of("# Sheet \"Lookup\": not recognised", "#   headers of its first row: Code, Label",
                "#   to read it, name its dataset, e.g.: deals.sheet = Lookup"), section(text, "Lookup"));
    }

    @Test
    void tablesSideBySideAreDescribedByTheirColumnBlocks() throws Exception {
        Path file = TestWorkbooks.xlsx().rawSheet("Deals", List.of(
                Arrays.asList("Deal ID", "Owner", "Stage", "Amount", "Status", null, "Rep ID", "Name", "Start Date"),
                Arrays.asList("D-1", "R01", "Qualified", 100, "Open", null, "R01", "Ada", "soon"))).write(
                        dir.resolve("side.xlsx"));

        List<String> lines = section(suggest(file), "Deals");

        assertTrue(lines.contains("# Sheet \"Deals\", table 1 of 2: deals, header row 1, columns A\u2013E"
                + " (recognised by its name)"), lines.toString());
        assertTrue(lines.contains("deals.sheet = Deals"), lines.toString());
        assertTrue(lines.contains("# Sheet \"Deals\", table 2 of 2: reps, header row 1, columns G\u2013I"
                + " (recognised by its headers)"), lines.toString());
        assertTrue(lines.contains("# reps.sheet = Deals   <- leave out: the sheet is named for its first table, deals;"
                + " this table is found by its headers"), lines.toString());
        assertTrue(lines.contains("reps.start_date = Start Date"), lines.toString());
        // neither table lists the other's headers as unmatched
        assertEquals(List.of("# Columns not matched (ignored unless you name them above): none",
                "# Columns not matched (ignored unless you name them above): none"),
                lines.stream().filter(l -> l.startsWith("# Columns not matched")).toList());
    }

    @Test
    void theSuggestionUsedAsAMappingReadsBothTables() throws Exception {
        Path export = repsAboveDeals();
        Path mapping = dir.resolve("export.properties");
        // the consultant names the column nothing matched
        Files.writeString(mapping, suggest(export).replace("# reps.team = \n", "reps.team = Squad\n"),
                StandardCharsets.UTF_8);
        ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);

        Ingested in = new SalesDataReader(ColumnMapping.read(mapping)).read(List.of(export), Optional.empty(), problems);

        assertEquals(List.of("Export:reps@2 read 20", "Export:deals@25 read 2", "Lookup:null@0 read 0"),
                in.inputs().get(0).sheets().stream().map(MappingSuggestionSeveralTablesTest::used).toList());
        assertEquals(List.of("West", "East"), in.data().reps().stream().limit(2).map(Rep::team).toList());
        assertEquals(List.of("D-1", "D-2"), in.data().deals().stream().map(Deal::id).toList());
        assertEquals(List.of(), problems.problems());
    }

    @Test
    void theSuggestionOfTablesSideBySideUsedAsAMappingReadsBothBlocks() throws Exception {
        Path export = TestWorkbooks.xlsx().rawSheet("Export", List.of(
                List.of("CRM dump"),
                Arrays.asList("Rep ID", "Name", "Squad", null, "Deal ID", "Owner", "Stage", "Amount", "Customer"),
                Arrays.asList("R01", "Ada", "East", null, "D-1", "R01", "Qualified", 100, "Acme"))).write(dir.resolve("dump.xlsx"));
        String text = suggest(export);
        assertTrue(text.contains("# Sheet \"Export\", table 1 of 2: reps, header row 2, columns A\u2013C"
                + " (recognised by its headers)\n"), text);
        assertTrue(text.contains("# Sheet \"Export\", table 2 of 2: deals, header row 2, columns E\u2013I"
                + " (recognised by its headers)\n"), text);
        assertTrue(text.contains("# Columns not matched (ignored unless you name them above): Customer\n"), text);
        Path mapping = Files.writeString(dir.resolve("dump.properties"), text
                .replace("# reps.team = \n", "reps.team = Squad\n")
                .replace("# deals.account = \n", "deals.account = Customer\n"), StandardCharsets.UTF_8);
        ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);

        Ingested in = new SalesDataReader(ColumnMapping.read(mapping)).read(List.of(export), Optional.empty(), problems);

        assertEquals(List.of("Export:reps@2 read 1", "Export:deals@2 read 1"),
                in.inputs().get(0).sheets().stream().map(MappingSuggestionSeveralTablesTest::used).toList());
        assertEquals(List.of("East"), in.data().reps().stream().map(Rep::team).toList());
        assertEquals(List.of("Acme"), in.data().deals().stream().map(Deal::account).toList());
        assertEquals(List.of(), problems.problems());
    }

    private static String used(InputSheet s) {
        return s.name() + ":" + s.dataset() + "@" + s.headerRow() + " read " + s.rowsRead();
    }
}
