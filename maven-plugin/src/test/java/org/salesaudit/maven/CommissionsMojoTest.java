package org.salesaudit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommissionsMojoTest {

    private static final Path FINANCE = Path.of("..", "examples", "finance", "finance-2026.xlsx");

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private CommissionsMojo mojo(Path out) {
        CommissionsMojo mojo = new CommissionsMojo();
        mojo.setLog(log);
        mojo.workbooks = List.of(FINANCE.toFile());
        mojo.outputDirectory = out.toFile();
        mojo.period = "2026-10";
        mojo.language = "en";
        return mojo;
    }

    @Test
    void writesStatementsRegisterAndManifestOfTheFinanceExample() throws Exception {
        Path out = dir.resolve("commissions");

        mojo(out).execute();

        for (int rep = 1; rep <= 40; rep++) {
            String name = String.format("statement-R%02d", rep);
            assertTrue(Files.isRegularFile(out.resolve(name + ".pdf")), name + ".pdf");
            assertTrue(Files.isRegularFile(out.resolve(name + ".xlsx")), name + ".xlsx");
        }
        assertTrue(Files.isRegularFile(out.resolve("payout-register.xlsx")));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("finance-2026.xlsx"));
        assertEquals(1, log.count("INFO salesaudit: wrote 40 statements (PDF and XLSX), payout-register.xlsx and "
                + "manifest.json for 2026-10 to " + out), log.lines.toString());
        assertEquals(1, log.count("INFO salesaudit: total pay 234905.70 USD for 2026-10"), log.lines.toString());
    }

    @Test
    void aPeriodThatIsNotAMonthFailsNamingItAndWritesNothing() {
        Path out = dir.resolve("commissions");
        CommissionsMojo mojo = mojo(out);
        mojo.period = "October 2026";

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("salesaudit: period: expected a month as YYYY-MM, found 'October 2026'", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingPeriodLanguageOrCurrencyIsRefusedLikeOnTheCommandLine() {
        CommissionsMojo mojo = mojo(dir.resolve("commissions"));
        mojo.period = null;
        assertTrue(assertThrows(MojoFailureException.class, mojo::execute).getMessage()
                .startsWith("salesaudit: period: the month of the statements is required"));

        mojo.period = "2026-10";
        mojo.language = "de";
        assertEquals("salesaudit: unsupported language 'de' (supported: en, ko, ar, pl, ru)",
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());

        mojo.language = "en";
        mojo.currency = "dollars";
        assertEquals("salesaudit: currency 'dollars' is not an ISO 4217 code such as EUR",
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());
    }

    @Test
    void aWorkbookWithoutPlanSheetsFailsTheBuildWithTheEnginesMessage() throws Exception {
        Path out = dir.resolve("commissions");
        CommissionsMojo mojo = mojo(out);
        mojo.workbooks = List.of(Path.of("..", "examples", "acme-sales.xlsx").toFile());

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("salesaudit: the input data cannot be used:"), e.getMessage());
        assertTrue(e.getMessage().contains("acme-sales.xlsx"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void theSettingsFileReachesTheEngineWhichRefusesABadRoundingRule() throws Exception {
        Path out = dir.resolve("commissions");
        CommissionsMojo mojo = mojo(out);
        Path settings = Files.writeString(dir.resolve("settings.properties"), "commissions.rounding = HALF_DOWN\n");
        mojo.settings = settings.toFile();

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().contains("commissions.rounding"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingPreviousRegisterIsAnExecutionErrorNamingIt() {
        CommissionsMojo mojo = mojo(dir.resolve("commissions"));
        mojo.previous = dir.resolve("october/payout-register.xlsx").toFile();

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().contains(dir.resolve("october/payout-register.xlsx").toString()), e.getMessage());
    }

    @Test
    void skipDoesNothing() throws Exception {
        Path out = dir.resolve("commissions");
        CommissionsMojo mojo = mojo(out);
        mojo.period = null;
        mojo.skip = true;

        mojo.execute();

        assertEquals(List.of("INFO salesaudit:commissions skipped (skip is true, e.g. from -Dsalesaudit.skip)"),
                log.lines);
        assertFalse(Files.exists(out));
    }
}
