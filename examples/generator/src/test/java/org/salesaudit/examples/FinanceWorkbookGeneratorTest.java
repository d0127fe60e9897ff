package org.salesaudit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example finance workbooks are reproducible, committed up to date, and shaped as their README says. */
class FinanceWorkbookGeneratorTest {

    private static final String REGENERATE = "mvn -B -q -f examples/generator/pom.xml compile exec:java@finance";

    private static Path financeDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../finance").normalize();
    }

    @Test
    void writesIdenticalBytesEveryTime(@TempDir Path dir) throws IOException {
        FinanceWorkbookGenerator.main(new String[] {dir.resolve("a").toString()});
        FinanceWorkbookGenerator.main(new String[] {dir.resolve("b").toString()});

        for (String name : List.of(FinanceWorkbookGenerator.WORKBOOK, FinanceWorkbookGenerator.CORRECTED)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
        assertArrayEquals(FinanceWorkbookGenerator.generate().bytes(),
                Files.readAllBytes(dir.resolve("a").resolve(FinanceWorkbookGenerator.WORKBOOK)));
    }

    @Test
    void committedWorkbooksAreUpToDate() throws IOException {
        Map<String, byte[]> expected = new LinkedHashMap<>();
        expected.put(FinanceWorkbookGenerator.WORKBOOK, FinanceWorkbookGenerator.generate().bytes());
        expected.put(FinanceWorkbookGenerator.CORRECTED, FinanceWorkbookGenerator.generateCorrected().bytes());
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            Path committed = financeDir().resolve(e.getKey());
            if (!Files.exists(committed)) {
                fail(committed + " is missing; generate it from the repository root with: " + REGENERATE);
            }
            if (!java.util.Arrays.equals(Files.readAllBytes(committed), e.getValue())) {
                fail("examples/finance/" + e.getKey() + " is not what the generator writes. Regenerate it from the "
                        + "repository root with: " + REGENERATE + " and update examples/finance/README.md if figures changed.");
            }
        }
    }

    @Test
    void hasFortyRepsSeveralPlansSplitsThatAddUpADrawAClawbackAndAMidMonthPlanChange() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(FinanceWorkbookGenerator.generate().bytes()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Deals", "Reps", "Plans", "Tiers", "SPIFs", "Plan Assignments", "Credit Splits",
                    "Cancellations"), names);
            assertEquals(40, workbook.getSheet("Reps").getLastRowNum());
            Set<String> plans = new HashSet<>();
            boolean drawn = false;
            boolean midMonthChange = false;
            for (Row row : skipHeader(workbook.getSheet("Plans"))) {
                plans.add(row.getCell(0).getStringCellValue());
                drawn |= row.getCell(11) != null;
                midMonthChange |= row.getCell(3) != null && row.getCell(3).getLocalDateTimeCellValue().toLocalDate()
                        .equals(LocalDate.of(2026, 10, 15));
            }
            assertTrue(plans.size() >= 4, plans.toString());
            assertTrue(drawn, "a plan with a draw");
            assertTrue(midMonthChange, "a plan version ending mid-October");
            Map<String, BigDecimal> splits = new LinkedHashMap<>();
            for (Row row : skipHeader(workbook.getSheet("Credit Splits"))) {
                splits.merge(row.getCell(0).getStringCellValue(), BigDecimal.valueOf(row.getCell(2).getNumericCellValue()),
                        BigDecimal::add);
            }
            assertTrue(splits.size() >= 10, splits.size() + " split deals");
            splits.forEach((deal, sum) -> assertEquals(0, sum.compareTo(BigDecimal.valueOf(100)), deal));
            assertEquals(2, workbook.getSheet("Cancellations").getLastRowNum());
        }
    }

    @Test
    void readmeNamesTheRepsItWalksThrough() throws IOException {
        String readme = Files.readString(financeDir().resolve("README.md"), StandardCharsets.UTF_8);
        for (String rep : List.of(FinanceDataset.NEW_HIRE, FinanceDataset.DRAW_REP, FinanceDataset.CLAWBACK_REP)) {
            assertTrue(readme.contains(rep), "README does not mention " + rep);
        }
        assertTrue(readme.contains(String.valueOf(FinanceDataset.SEED)), "README does not state the seed");
        assertTrue(readme.contains(REGENERATE), "README does not say how to regenerate");
        assertTrue(readme.toLowerCase(Locale.ROOT).contains("--previous"));
    }

    private static List<Row> skipHeader(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(r -> {
            if (r.getRowNum() > 0) {
                rows.add(r);
            }
        });
        return rows;
    }
}
