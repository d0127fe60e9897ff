package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salesaudit.engine.ReportEngine;
import org.salesaudit.engine.ReportRequest;
import org.salesaudit.engine.ReportResult;
import org.salesaudit.engine.OutputFormat;
import org.salesaudit.model.DealStatus;
import org.salesaudit.problem.Problem;
import org.salesaudit.problem.Severity;
import org.salesaudit.report.ReportModel;

/** Each sample export in examples/crm audits as it is, without hand-editing. */
class CrmExportSamplesTest {

    private static final Path CRM = Path.of("..", "examples", "crm");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "salesforce-opportunities.csv; salesforce-opportunities.mapping.properties; USD; 40",
        "hubspot-deals.csv; ; USD; 40",
        "pipedrive-deals.csv; ; EUR; 40",
        "polska-szanse.csv; ; PLN; 30",
        "korea-deals.csv; ; KRW; 30",
        "bitrix-sdelki.csv; ; RUB; 30"})
    void auditsWithoutHandEditing(String export, String mapping, String currency, int deals) throws Exception {
        ReportRequest.Builder request = ReportRequest.builder(List.of(CRM.resolve(export)), dir.resolve("out"))
                .formats(java.util.Set.of(OutputFormat.XLSX));
        if (mapping != null) {
            request.mapping(CRM.resolve(mapping));
        }

        ReportResult result = new ReportEngine().generate(request.build());

        ReportModel model = result.model();
        assertEquals(currency, model.currency().getCurrencyCode());
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve("results.json")));
        List<String> produced = model.producedSections().stream().map(s -> s.id()).toList();
        assertTrue(produced.containsAll(List.of("pipeline", "sales_effectiveness", "pipeline_health")), produced.toString());
        assertTrue(model.skippedSections().stream().anyMatch(s -> s.id().equals("quota_attainment")),
                "quotas are not exported");
        List<Problem> errors = model.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors, "every row is read");
        assertEquals(deals, model.inputs().get(0).sheets().get(0).rowsRead());
        Map<String, Long> codes = model.problems().stream()
                .collect(Collectors.groupingBy(Problem::code, Collectors.counting()));
        assertTrue(model.inputs().get(0).sheets().stream().skip(1).allMatch(s -> s.rowsLeftOut() == 0));
        assertTrue(codes.keySet().stream().allMatch(c -> c.equals("deal.unknown_stage") || c.equals("deal.open_past_close")
                || c.endsWith(".spelling")), codes.toString());
    }

    @org.junit.jupiter.api.Test
    void aReportWithTheManagersTableBelowTheDealsReadsBoth() throws Exception {
        var problems = new org.salesaudit.problem.ProblemLog(org.salesaudit.problem.ProblemPolicy.COLLECT);
        var in = new SalesDataReader(ColumnMapping.none())
                .read(List.of(CRM.resolve("bitrix-sdelki.csv")), Optional.empty(), problems);

        assertEquals(List.of("deals@3:30", "reps@36:5"), in.inputs().get(0).sheets().stream()
                .map(s -> s.dataset() + "@" + s.headerRow() + ":" + s.rowsRead()).toList());
        assertEquals("Ольга Волкова", in.data().reps().get(3).name());
        assertEquals(new java.math.BigDecimal("525000.00"), in.data().deals().get(0).amount());
        assertTrue(problems.problems().stream().noneMatch(p -> p.code().equals("deal.unknown_owner")));
    }

    @org.junit.jupiter.api.Test
    void pipedriveClosedDealsTakeTheirCloseDateFromWonOrLostTime() throws Exception {
        var problems = new org.salesaudit.problem.ProblemLog(org.salesaudit.problem.ProblemPolicy.COLLECT);
        var data = new SalesDataReader(ColumnMapping.none())
                .read(List.of(CRM.resolve("pipedrive-deals.csv")), Optional.empty(), problems).data();

        assertTrue(data.deals().stream().filter(d -> d.status() != DealStatus.OPEN).allMatch(d -> d.closeDate() != null));
        assertTrue(data.deals().stream().anyMatch(d -> d.status() == DealStatus.LOST));
    }
}
