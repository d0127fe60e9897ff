package org.salesaudit.commission;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.salesaudit.TestWorkbooks;

/**
 * A small, complete commission workbook for October 2026, every figure computable by hand:
 *
 * <ul>
 * <li>R01 Ada (en), plan AE v1 (target 10,000, base 3,000, tiers 0–100 % 10 %, 100 %+ 15 %, tier method):
 *     D-1 8,000 on 2026-10-05 and 60 % of D-3 5,000 (3,000) on 2026-10-20: credit 11,000 (110 %),
 *     commission 11,000 × 15 % = 1,650.00; lines 8,000 → 1,200.00 and 3,000 → 450.00.</li>
 * <li>R02 Ola (pl), plan AE v1: 40 % of D-3 (2,000): 20 % attainment, 2,000 × 10 % = 200.00.</li>
 * </ul>
 */
public final class CommissionWorkbooks {

    public static final List<String> DEAL_HEADERS = List.of("Deal ID", "Owner", "Close Date", "Amount", "Currency",
            "Status", "Product");

    private CommissionWorkbooks() {
    }

    public static List<Object> deal(String id, String owner, LocalDate close, Object amount, String status) {
        return Arrays.asList(id, owner, close, amount, "USD", status, "Analytics");
    }

    public static final List<List<Object>> DEALS = List.of(
            deal("D-1", "R01", LocalDate.of(2026, 10, 5), 8000, "Won"),
            deal("D-2", "R02", LocalDate.of(2026, 10, 6), 9000, "Lost"),
            deal("D-3", "R01", LocalDate.of(2026, 10, 20), 5000, "Won"));

    public static final List<List<Object>> REPS = List.of(List.of("R01", "Ada", "East", "en"),
            List.of("R02", "Ola", "West", "pl"));

    public static TestWorkbooks base() {
        return with(DEALS, REPS);
    }

    /** The workbook with other deals and reps (rows as in {@link #DEAL_HEADERS}; Rep ID, Name, Team, Language). */
    public static TestWorkbooks with(List<List<Object>> deals, List<List<Object>> reps) {
        return with(DEAL_HEADERS, deals, reps);
    }

    /** The workbook with other deal columns (e.g. an Account column), deals and reps. */
    public static TestWorkbooks with(List<String> dealHeaders, List<List<Object>> deals, List<List<Object>> reps) {
        return TestWorkbooks.xlsx()
                .sheet("Deals", dealHeaders, deals.toArray(List[]::new))
                .sheet("Reps", List.of("Rep ID", "Name", "Team", "Language"), reps.toArray(List[]::new))
                .sheet("Plans", List.of("Plan", "Version", "Effective From", "Effective To", "Base Salary", "Target",
                        "Rate", "Method", "Threshold"),
                        Arrays.asList("AE", "v1", LocalDate.of(2026, 1, 1), null, 3000, 10000, "10%", "tier", null))
                .sheet("Tiers", List.of("Plan", "Version", "From %", "To %", "Rate"),
                        Arrays.asList("AE", "v1", 0, 100, 10), Arrays.asList("AE", "v1", 100, null, 15))
                .sheet("Plan Assignments", List.of("Rep", "Plan", "From", "To", "Ramp %"),
                        Arrays.asList("R01", "AE", LocalDate.of(2026, 10, 1), null, null),
                        Arrays.asList("R02", "AE", LocalDate.of(2026, 10, 1), null, null))
                .sheet("Credit Splits", List.of("Deal ID", "Rep", "Split %"), List.of("D-3", "R01", 60),
                        List.of("D-3", "R02", 40));
    }

    public static Path write(Path file) throws Exception {
        return base().write(file);
    }
}
