package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Measures, on the generated data, the patterns the README promises. */
final class StoryMetrics {

    /** A deal open this long at the as-of date is past two normal sales cycles. */
    static final int STALE_DAYS = 180;

    static final YearMonth FIRST_MONTH = YearMonth.from(DataWindow.START);
    static final YearMonth SECOND_YEAR = FIRST_MONTH.plusMonths(12);

    private final AcmeDataset data;

    StoryMetrics(AcmeDataset data) {
        this.data = data;
    }

    /** Won amount owned by the rep and closed in the months, over the rep's quota of those months. */
    double attainment(String repId, Predicate<YearMonth> months) {
        double booked = data.deals().stream()
                .filter(deal -> deal.isWon() && deal.owner.equals(repId) && months.test(YearMonth.from(deal.closeDate())))
                .mapToDouble(Deal::amount).sum();
        double quota = data.quotas().stream().filter(q -> q.repId().equals(repId) && months.test(q.period()))
                .mapToDouble(Quota::amount).sum();
        return quota == 0 ? Double.NaN : booked / quota;
    }

    double attainment(String repId) {
        return attainment(repId, month -> true);
    }

    double firstYear(String repId) {
        return attainment(repId, month -> month.isBefore(SECOND_YEAR));
    }

    double secondYear(String repId) {
        return attainment(repId, month -> !month.isBefore(SECOND_YEAR));
    }

    /** Won over closed new-business deals opened by the rep. */
    double winRate(String repId) {
        List<Deal> closed = data.deals().stream()
                .filter(deal -> deal.openedBy.equals(repId) && deal.type == DealType.NEW && !deal.isOpen()).toList();
        return closed.stream().filter(Deal::isWon).count() / (double) closed.size();
    }

    /** Reps of a team who worked the whole window. */
    List<Rep> fullWindowReps(Team team) {
        return data.reps().stream().filter(rep -> rep.team() == team && !rep.start().isAfter(DataWindow.START)
                && rep.end() == null).toList();
    }

    String best(Team team) {
        return fullWindowReps(team).stream().max((a, b) -> Double.compare(attainment(a.id()), attainment(b.id())))
                .orElseThrow().id();
    }

    String worst(Team team) {
        return fullWindowReps(team).stream().min((a, b) -> Double.compare(attainment(a.id()), attainment(b.id())))
                .orElseThrow().id();
    }

    /** Share of closed deals that reached the stage and were won. */
    double empiricalProbability(Stage stage) {
        List<Deal> reached = data.deals().stream()
                .filter(deal -> !deal.isOpen() && deal.history.stream().anyMatch(entry -> entry.stage() == stage))
                .toList();
        return reached.stream().filter(Deal::isWon).count() / (double) reached.size();
    }

    double openShare() {
        return data.deals().stream().filter(Deal::isOpen).count() / (double) data.deals().size();
    }

    long staleDeals() {
        LocalDate limit = DataWindow.AS_OF.minusDays(STALE_DAYS);
        return data.deals().stream().filter(deal -> deal.isOpen() && deal.created.isBefore(limit)).count();
    }

    /** Average leads per month in July and August over the average of all months. */
    double summerLeadRatio() {
        double all = data.leads().size() / 24.0;
        double summer = data.leads().stream().filter(lead -> {
            int month = lead.created.getMonthValue();
            return month == 7 || month == 8;
        }).count() / 4.0;
        return summer / all;
    }

    /** Bookings in the last month of each quarter over bookings in the other months, per month. */
    double quarterEndRatio() {
        double end = 0;
        double other = 0;
        for (Deal deal : data.deals()) {
            if (deal.isWon() && DataWindow.within(deal.closeDate())) {
                if (deal.closeDate().getMonthValue() % 3 == 0) {
                    end += deal.amount();
                } else {
                    other += deal.amount();
                }
            }
        }
        return (end / 8.0) / (other / 16.0);
    }

    /** Average monthly bookings in October to December over the average of the other months. */
    double fourthQuarterRatio() {
        double fourth = 0;
        double other = 0;
        int fourthMonths = 0;
        for (YearMonth month = FIRST_MONTH; !month.isAfter(YearMonth.from(DataWindow.AS_OF)); month = month.plusMonths(1)) {
            if (month.getMonthValue() >= 10) {
                fourthMonths++;
            }
        }
        for (Deal deal : data.deals()) {
            if (deal.isWon() && DataWindow.within(deal.closeDate())) {
                if (deal.closeDate().getMonthValue() >= 10) {
                    fourth += deal.amount();
                } else {
                    other += deal.amount();
                }
            }
        }
        return (fourth / fourthMonths) / (other / (24 - fourthMonths));
    }

    /** The story problems of the data, empty when the README's claims hold. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, between(data.leads().size(), 4_000, 6_000), "leads " + data.leads().size());
        check(problems, between(data.deals().size(), 1_200, 2_000), "deals " + data.deals().size());
        check(problems, between(data.activities().size(), 15_000, 25_000), "activities " + data.activities().size());
        check(problems, openShare() >= 0.08 && openShare() <= 0.15, "open share " + openShare());
        check(problems, staleDeals() >= 15, "stale deals " + staleDeals());
        check(problems, best(Team.EAST).equals("R03"), "best East " + best(Team.EAST));
        check(problems, best(Team.ENTERPRISE).equals("R15"), "best Enterprise " + best(Team.ENTERPRISE));
        check(problems, worst(Team.EAST).equals("R06"), "worst East " + worst(Team.EAST));
        check(problems, worst(Team.WEST).equals("R12"), "worst West " + worst(Team.WEST));
        check(problems, secondYear("R09") >= 1.4 * firstYear("R09"),
                "R09 not rising " + firstYear("R09") + " -> " + secondYear("R09"));
        check(problems, secondYear("R04") <= 0.8 * firstYear("R04"),
                "R04 not declining " + firstYear("R04") + " -> " + secondYear("R04"));
        for (Stage stage : List.of(Stage.DEMO, Stage.TRIAL, Stage.NEGOTIATION)) {
            check(problems, empiricalProbability(stage) < stage.statedProbability - 0.03,
                    stage.label + " not overstated: " + empiricalProbability(stage));
        }
        check(problems, summerLeadRatio() < 0.85, "no summer dip " + summerLeadRatio());
        check(problems, quarterEndRatio() > 1.15, "no quarter-end peak " + quarterEndRatio());
        check(problems, fourthQuarterRatio() > 1.15, "no fourth-quarter peak " + fourthQuarterRatio());
        return problems;
    }

    private static boolean between(int value, int low, int high) {
        return value >= low && value <= high;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
