package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesaudit.TestWorkbooks.DEAL_HEADERS;
import static org.salesaudit.TestWorkbooks.deal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.TestWorkbooks;
import org.salesaudit.problem.Problem;
import org.salesaudit.report.ReportModel;

/** The "stage not in the stage table" check reads the same stage table as the audit: the user's. */
class ConfiguredStageTableTest {

    private static final LocalDate CREATED = LocalDate.of(2026, 1, 10);
    private static final LocalDate CLOSE = LocalDate.of(2026, 12, 20);

    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        return TestWorkbooks.xlsx().sheet("Deals", DEAL_HEADERS,
                deal("D-1", "R01", CREATED, CREATED.plusDays(30), "Closed Won", 500, "Won"),
                deal("D-2", "R01", CREATED, CLOSE, "Negotiation", 1000, "Open"),
                deal("D-3", "R01", CREATED, CLOSE, "Qualified", 1000, "Open"),
                deal("D-4", "R01", CREATED, CLOSE, "Contract sent", 0, "Open")).write(dir.resolve("crm.xlsx"));
    }

    private List<String> stageFindings(ReportModel model) {
        return model.problems().stream().filter(p -> p.code().startsWith("deal.unknown_stage")
                || p.code().equals("deal.zero_late_stage")).map(Problem::message).toList();
    }

    @Test
    void withoutSettingsTheDefaultStageTableIsUsed() throws Exception {
        ReportModel model = new ReportEngine().buildModel(ReportRequest.builder(List.of(workbook()), dir.resolve("out"))
                .formats(Set.of(OutputFormat.XLSX)).build());

        assertEquals(List.of(
                "crm.xlsx, sheet Deals, cell E3 (Stage): expected a stage of the stage table (see docs/settings.md) or a"
                        + " won or lost stage, found \"Negotiation\" (1 open deal kept; weighted with the stated"
                        + " probability, or 0 without one)",
                "crm.xlsx, sheet Deals, cell E5 (Stage): expected a stage of the stage table (see docs/settings.md) or a"
                        + " won or lost stage, found \"Contract sent\" (1 open deal kept; weighted with the stated"
                        + " probability, or 0 without one)"),
                stageFindings(model));
    }

    @Test
    void theConfiguredStageTableDecidesWhichStagesAreUnknownAndWhichAreLate() throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.properties"),
                "audit.stages = Negotiation:0.3, Contract sent:0.9, Closed Won:1\n");

        ReportModel model = new ReportEngine().buildModel(ReportRequest.builder(List.of(workbook()), dir.resolve("out"))
                .formats(Set.of(OutputFormat.XLSX)).settings(settings).build());

        assertEquals(List.of(
                "crm.xlsx, sheet Deals, cell F5 (Amount): expected an amount above zero for a deal in stage Contract"
                        + " sent, found \"0\" (deal kept)",
                "crm.xlsx, sheet Deals, cell E4 (Stage): expected a stage of the stage table (see docs/settings.md) or a"
                        + " won or lost stage, found \"Qualified\" (1 open deal kept; weighted with the stated"
                        + " probability, or 0 without one)"),
                stageFindings(model));
    }
}
