package org.salesaudit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data of the example finance workbook: 40 reps of "Acme Analytics" in four teams on five plan
 * versions, their won and lost deals from January to October 2026, crediting splits, two
 * cancellations, a new hire on a ramp and an SDR on a recoverable draw. Every row is a list of cell
 * values in the order of its sheet's headers; identical on every run for a given seed.
 */
record FinanceDataset(List<List<Object>> reps, List<List<Object>> plans, List<List<Object>> tiers,
        List<List<Object>> spifs, List<List<Object>> assignments, List<List<Object>> deals, List<List<Object>> splits,
        List<List<Object>> cancellations) {

    static final long SEED = 20_261_031L;
    static final YearMonth FIRST = YearMonth.of(2026, 1);
    static final YearMonth LAST = YearMonth.of(2026, 10);

    static final List<String> REP_HEADERS = List.of("Rep ID", "Name", "Team", "Level", "Start Date", "Language");
    static final List<String> PLAN_HEADERS = List.of("Plan", "Version", "Effective From", "Effective To", "Level",
            "Base Salary", "Target", "Rate", "Method", "Threshold", "Cap % of Target", "Draw", "Draw Type",
            "Clawback Days");
    static final List<String> TIER_HEADERS = List.of("Plan", "Version", "From %", "To %", "Rate");
    static final List<String> SPIF_HEADERS = List.of("Plan", "Version", "Product", "Bonus per Deal");
    static final List<String> ASSIGNMENT_HEADERS = List.of("Rep", "Plan", "From", "To", "Ramp %");
    static final List<String> DEAL_HEADERS = List.of("Deal ID", "Owner", "Account", "Close Date", "Amount", "Currency",
            "Status", "Product");
    static final List<String> SPLIT_HEADERS = List.of("Deal ID", "Rep", "Split %");
    static final List<String> CANCELLATION_HEADERS = List.of("Deal ID", "Cancelled On");

    private static final String[] TEAMS = {"North", "South", "East", "West"};
    private static final String[] FIRST_NAMES = {"Ada", "Ben", "Chloe", "Dan", "Eva", "Filip", "Grace", "Hugo", "Iris",
        "Jon", "Kasia", "Leo", "Mina", "Nils", "Olga", "Piotr", "Quinn", "Rosa", "Seo-yeon", "Tom", "Uma", "Viktor",
        "Wen", "Xavier", "Yara", "Zofia", "Amir", "Bella", "Carlos", "Dina", "Emil", "Farah", "Gosia", "Hana", "Igor",
        "Jae-won", "Karim", "Lena", "Marek", "Nadia"};
    private static final String[] LAST_NAMES = {"Lovelace", "Okafor", "Martin", "Novak", "Berg", "Kowalski", "Hopper",
        "Moreau", "Tanaka", "Snow", "Nowak", "Rossi", "Park", "Holm", "Ivanova", "Wiśniewski", "Reed", "Diaz", "Kim",
        "Baker", "Shah", "Petrov", "Li", "Dupont", "Haddad", "Lewandowska", "Nasser", "Costa", "Vega", "Khalil",
        "Lund", "Aziz", "Zielińska", "Cho", "Smirnov", "Lee", "Mansour", "Fischer", "Wójcik", "Volkova"};
    private static final String[] PRODUCTS = {"Analytics Suite", "Data Platform", "Support Plan"};
    private static final String[] ACCOUNTS = {"Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella",
        "Stark Industries", "Wayne Enterprises", "Tyrell", "Cyberdyne", "Soylent", "Hooli"};

    /** The plan of each seat in a team of ten: two SDRs, five mid-level AEs, three senior AEs. */
    private static final String[] SEATS = {"SDR", "SDR", "AE-MID", "AE-MID", "AE-MID", "AE-MID", "AE-MID",
        "AE-SENIOR", "AE-SENIOR", "AE-SENIOR"};

    static FinanceDataset generate(long seed) {
        Rng rng = new Rng(seed);
        List<List<Object>> reps = new ArrayList<>();
        List<List<Object>> assignments = new ArrayList<>();
        List<String> seats = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format(java.util.Locale.ROOT, "R%02d", i + 1);
            String team = TEAMS[i / 10];
            String plan = SEATS[i % 10];
            seats.add(plan);
            LocalDate start = LocalDate.of(2024 + i % 2, 1 + i % 12, 1);
            if (id.equals(NEW_HIRE)) {
                start = LocalDate.of(2026, 9, 1);
                assignments.add(row(id, "AE-MID", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), 50));
                assignments.add(row(id, "AE-MID", LocalDate.of(2026, 10, 1), null, 75));
            } else if (id.equals(DRAW_REP)) {
                start = LocalDate.of(2026, 8, 1);
                plan = "SDR-DRAW";
                seats.set(i, plan);
                assignments.add(row(id, plan, LocalDate.of(2026, 8, 1), null, null));
            } else {
                assignments.add(row(id, plan, LocalDate.of(2026, 1, 1), null, null));
            }
            reps.add(row(id, FIRST_NAMES[i] + " " + LAST_NAMES[i], team, plan.startsWith("SDR") ? "Junior"
                    : plan.equals("AE-SENIOR") ? "Senior" : "Mid", start, language(i)));
        }
        List<List<Object>> deals = new ArrayList<>();
        List<List<Object>> splits = new ArrayList<>();
        int next = 1;
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            for (int i = 0; i < 40; i++) {
                String id = (String) reps.get(i).get(0);
                LocalDate start = (LocalDate) reps.get(i).get(4);
                if (YearMonth.from(start).isAfter(month)) {
                    continue;
                }
                String seat = seats.get(i);
                int count = seat.startsWith("SDR") ? rng.between(1, 3) : rng.between(2, 4);
                double median = seat.startsWith("SDR") ? 3_500 : seat.equals("AE-MID") ? 5_500 : 9_000;
                for (int k = 0; k < count; k++) {
                    String dealId = String.format(java.util.Locale.ROOT, "F-%04d", next++);
                    LocalDate close = month.atDay(rng.between(1, month.lengthOfMonth()));
                    BigDecimal amount = BigDecimal.valueOf(Math.round(rng.logNormal(median, 0.45) / 50) * 50L)
                            .setScale(2, RoundingMode.UNNECESSARY);
                    String status = rng.chance(0.85) ? "Won" : "Lost";
                    String product = PRODUCTS[rng.between(0, PRODUCTS.length - 1)];
                    String account = ACCOUNTS[rng.between(0, ACCOUNTS.length - 1)];
                    deals.add(row(dealId, id, account, close, amount, "USD", status, product));
                    if (status.equals("Won") && !seat.startsWith("SDR") && next % 9 == 0) {
                        String sdr = (String) reps.get(i / 10 * 10 + (next % 2)).get(0);
                        int ownerShare = next % 4 == 0 ? 50 : 70;
                        splits.add(row(dealId, id, ownerShare));
                        splits.add(row(dealId, sdr, 100 - ownerShare));
                    }
                }
            }
        }
        List<List<Object>> cancellations = new ArrayList<>();
        cancellations.add(row(firstWonDeal(deals, CLAWBACK_REP, YearMonth.of(2026, 8)), LocalDate.of(2026, 10, 12)));
        cancellations.add(row(firstWonDeal(deals, CLAWBACK_REP, YearMonth.of(2026, 6)), LocalDate.of(2026, 10, 20)));
        return new FinanceDataset(reps, planRows(), tierRows(), spifRows(), assignments, deals, splits, cancellations);
    }

    /** The new hire on a ramp: half the target in September, three quarters from October. */
    static final String NEW_HIRE = "R10";
    /** The SDR on a recoverable draw since August. */
    static final String DRAW_REP = "R20";
    /** The senior AE with a deal cancelled 42 days after it was paid (clawed back) and one after 111 days (not). */
    static final String CLAWBACK_REP = "R08";

    private static String language(int i) {
        return switch (i % 10) {
            case 4 -> "pl";
            case 6 -> i < 20 ? "ru" : "ko";
            case 9 -> i < 20 ? "en" : "ar";
            default -> "en";
        };
    }

    private static String firstWonDeal(List<List<Object>> deals, String rep, YearMonth month) {
        return deals.stream()
                .filter(d -> d.get(1).equals(rep) && d.get(6).equals("Won") && YearMonth.from((LocalDate) d.get(3)).equals(month))
                .map(d -> (String) d.get(0)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no won deal of " + rep + " in " + month));
    }

    private static List<List<Object>> planRows() {
        LocalDate jan = LocalDate.of(2026, 1, 1);
        return List.of(
                row("SDR", "v1", jan, null, "Junior", 3000, 10000, 10, "tier", 100, null, null, null, null),
                row("SDR-DRAW", "v1", jan, null, "Junior", 3000, 10000, 10, "tier", 100, null, 1000, "recoverable", null),
                row("AE-MID", "v1", jan, LocalDate.of(2026, 10, 15), "Mid", 4000, 15000, 10, "tier", 25, null, null, null, 90),
                row("AE-MID", "v2", LocalDate.of(2026, 10, 16), null, "Mid", 4000, 18000, 10, "tier", 25, null, null, null, 90),
                row("AE-SENIOR", "v1", jan, null, "Senior", 5000, 25000, 10, "marginal", 0, 20, null, null, 90));
    }

    private static List<List<Object>> tierRows() {
        return List.of(
                row("AE-MID", "v1", 0, 50, 5), row("AE-MID", "v1", 50, 100, 10), row("AE-MID", "v1", 100, null, 14),
                row("AE-MID", "v2", 0, 50, 5), row("AE-MID", "v2", 50, 100, 10), row("AE-MID", "v2", 100, null, 16),
                row("AE-SENIOR", "v1", 0, 100, 10), row("AE-SENIOR", "v1", 100, 150, 15),
                row("AE-SENIOR", "v1", 150, null, 20));
    }

    private static List<List<Object>> spifRows() {
        return List.of(row("AE-MID", "v2", "Analytics Suite", 200));
    }

    /**
     * The same data as corrected after the October run: the first October deal R03 won, booked 1,000
     * too low, and a deal of R04 closed on 30 October and entered late (F-9001).
     */
    FinanceDataset corrected() {
        List<List<Object>> fixed = new ArrayList<>();
        String toFix = firstWonDeal(deals, "R03", YearMonth.of(2026, 10));
        for (List<Object> deal : deals) {
            if (deal.get(0).equals(toFix)) {
                List<Object> copy = new ArrayList<>(deal);
                copy.set(4, ((BigDecimal) deal.get(4)).add(BigDecimal.valueOf(1000)));
                fixed.add(copy);
            } else {
                fixed.add(deal);
            }
        }
        fixed.add(row("F-9001", "R04", "Globex", LocalDate.of(2026, 10, 30), new BigDecimal("4200.00"), "USD", "Won",
                "Data Platform"));
        return new FinanceDataset(reps, plans, tiers, spifs, assignments, fixed, splits, cancellations);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
