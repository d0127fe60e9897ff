package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.commission.CommissionWorkbooks;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.ProblemPolicy;

/** --previous with the manifest.json of its run next to it: an edited register is reported, not used silently. */
class PreviousRunCheckTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    private Path firstRun() throws Exception {
        Path workbook = CommissionWorkbooks.write(dir.resolve("october.xlsx"));
        new CommissionEngine(1).generate(CommissionRequest.of(List.of(workbook), dir.resolve("oct"), OCT));
        return dir.resolve("oct").resolve("payout-register.xlsx");
    }

    private CommissionRequest rerun(Path register, String out) throws Exception {
        return CommissionRequest.of(List.of(dir.resolve("october.xlsx")), dir.resolve(out), YearMonth.of(2026, 11))
                .withPrevious(register);
    }

    @Test
    void anUntouchedRegisterMatchesItsManifest() throws Exception {
        CommissionResult result = new CommissionEngine(1).generate(rerun(firstRun(), "nov"));
        assertTrue(result.problems().stream().noneMatch(p -> p.code().startsWith("commission.previous")),
                result.problems().toString());
    }

    @Test
    void aRegisterEditedSinceItsRunIsReportedWithBothHashes() throws Exception {
        Path register = firstRun();
        try (InputStream in = Files.newInputStream(register); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheetAt(1).getRow(1).getCell(7).setCellValue(999.99);
            try (OutputStream out = Files.newOutputStream(register)) {
                wb.write(out);
            }
        }

        CommissionResult result = new CommissionEngine(1).generate(rerun(register, "nov"));

        List<Problem> edited = result.problems().stream().filter(p -> p.code().equals("commission.previous_edited"))
                .toList();
        assertEquals(1, edited.size(), result.problems().toString());
        assertTrue(edited.get(0).message().contains("payout-register.xlsx"), edited.get(0).message());
        assertTrue(edited.get(0).message().contains("edited since that run"), edited.get(0).message());

        CommissionRequest strict = rerun(register, "nov-strict");
        CommissionRequest strictRequest = new CommissionRequest(strict.workbooks(), strict.outputDirectory(),
                strict.period(), strict.locale(), strict.mapping(), strict.previous(), strict.currency(),
                ProblemPolicy.STRICT);
        assertThrows(InvalidInputException.class, () -> new CommissionEngine(1).generate(strictRequest));
    }

    @Test
    void aRegisterWithoutAManifestIsUsedAsItIs() throws Exception {
        Path register = firstRun();
        Path alone = Files.copy(register, Files.createDirectories(dir.resolve("elsewhere")).resolve("register.xlsx"));
        CommissionResult result = new CommissionEngine(1).generate(rerun(alone, "nov"));
        assertTrue(result.problems().stream().noneMatch(p -> p.code().startsWith("commission.previous")),
                result.problems().toString());
    }
}
