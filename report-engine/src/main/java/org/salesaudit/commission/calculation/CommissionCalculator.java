package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.salesaudit.commission.plans.Cancellation;
import org.salesaudit.commission.plans.CreditSplit;
import org.salesaudit.commission.plans.DrawType;
import org.salesaudit.commission.plans.PlanAssignment;
import org.salesaudit.commission.plans.PlanBook;
import org.salesaudit.commission.plans.PlanVersion;
import org.salesaudit.commission.plans.Spif;
import org.salesaudit.model.Deal;
import org.salesaudit.model.Rep;
import org.salesaudit.model.SalesData;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.Severity;

/**
 * Computes commission months, from the first month any rep is on a plan up to the requested month,
 * so that draw balances, clawbacks and the year to date come from the same data. The statements are
 * those of the requested month.
 *
 * <p>Rounding: every step (a prorated target, base salary or cap; a tier or bracket; a SPIF line) is
 * rounded to the currency's scale with one rule (half-up unless configured otherwise, see
 * {@code commissions.rounding}); a segment's commission is split between its deal lines by
 * largest remainder in proportion to their credit, so lines add up to the total exactly.
 */
public final class CommissionCalculator {

    private final SalesData data;
    private final PlanBook book;
    private final Currency currency;
    private final int scale;
    private final RoundingMode rounding;

    public CommissionCalculator(SalesData data, PlanBook book, Currency currency) {
        this(data, book, currency, RoundingMode.HALF_UP);
    }

    /** @param rounding how every money step is rounded to the currency's scale: HALF_UP or HALF_EVEN */
    public CommissionCalculator(SalesData data, PlanBook book, Currency currency, RoundingMode rounding) {
        this.data = Objects.requireNonNull(data, "data");
        this.book = Objects.requireNonNull(book, "book");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.scale = Math.max(0, currency.getDefaultFractionDigits());
        this.rounding = java.util.Objects.requireNonNull(rounding, "rounding");
    }

    /** @return the first month computed: the month of the first day any rep is on a plan (or the period) */
    public YearMonth firstMonth(YearMonth period) {
        return book.firstAssignedDay().map(YearMonth::from).filter(m -> m.isBefore(period)).orElse(period);
    }

    /**
     * The checks {@link #calculate} runs before computing anything: every rep active in {@code period}
     * is on a plan, every credited rep of a won deal from the first month on is on a plan on its close
     * date, every day on a plan has a version in effect. Errors go to {@code problems} with their cell.
     */
    public void check(YearMonth period, ProblemLog problems) {
        CommissionChecks.check(data, book, firstMonth(period), period, problems);
    }

    /**
     * Checks the plans against the data, then computes.
     *
     * @param adjustments corrections of earlier months to add to the statements of {@code period}
     * @throws InvalidInputException a rep without a plan, a day without a plan version, …: nothing computed
     */
    public CommissionRun calculate(YearMonth period, List<Adjustment> adjustments, ProblemLog problems)
            throws InvalidInputException {
        return calculate(period, adjustments, null, problems);
    }

    /**
     * Like {@link #calculate(YearMonth, List, ProblemLog)}, keeping in {@link CommissionRun#history()}
     * only {@code period} and the months in {@code keep} (null: every month), so that memory does not
     * grow with the number of months computed.
     */
    public CommissionRun calculate(YearMonth period, List<Adjustment> adjustments, Set<YearMonth> keep,
            ProblemLog problems) throws InvalidInputException {
        YearMonth first = firstMonth(period);
        check(period, problems);
        if (problems.count(Severity.ERROR) > 0) {
            throw new InvalidInputException(problems.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
        }
        Map<String, List<CreditLine>> byRep = new HashMap<>();
        for (CreditLine line : Crediting.lines(data.deals(), book, scale, rounding)) {
            byRep.computeIfAbsent(line.repId(), k -> new ArrayList<>()).add(line);
        }
        byRep.values().forEach(l -> l.sort(Comparator.comparing(CreditLine::closeDate).thenComparing(CreditLine::dealId)));
        Map<YearMonth, List<RepMonth>> history = new LinkedHashMap<>();
        Map<String, RepState> states = new HashMap<>();
        Map<String, List<RepMonth>> withCancellations = new HashMap<>();
        for (YearMonth month = first; !month.isAfter(period); month = month.plusMonths(1)) {
            List<RepMonth> months = new ArrayList<>();
            for (String repId : repsToState(month, period, adjustments, withCancellations)) {
                RepState state = states.computeIfAbsent(repId, k -> new RepState(zero(), YearToDate.zero(scale), null));
                List<Adjustment> own = month.equals(period)
                        ? adjustments.stream().filter(a -> a.repId().equals(repId)).toList() : List.of();
                List<RepMonth> earlier = withCancellations.getOrDefault(repId, List.of());
                RepMonth result = month(repId, month, byRep.getOrDefault(repId, List.of()), own, state, earlier);
                months.add(result);
                if (result.lines().stream().anyMatch(l -> book.cancellation(l.dealId()).isPresent())) {
                    withCancellations.computeIfAbsent(repId, k -> new ArrayList<>()).add(result);
                }
                states.put(repId, new RepState(result.ledger().balanceAfter(), result.yearToDate(), month));
            }
            if (keep == null || keep.contains(month) || month.equals(period)) {
                history.put(month, List.copyOf(months));
            }
        }
        return new CommissionRun(period, currency, history.get(period), history, rounding);
    }

    /**
     * Checks the plans against the data like {@link #calculate}, then returns the month as a batch that
     * computes each rep's statement only when asked, so that a caller can hold a few at a time.
     *
     * @param adjustments corrections of earlier months to add to the statements of {@code period}
     * @throws InvalidInputException a rep without a plan, a day without a plan version, …: nothing computed
     */
    public CommissionBatch batch(YearMonth period, List<Adjustment> adjustments, ProblemLog problems)
            throws InvalidInputException {
        check(period, problems);
        if (problems.count(Severity.ERROR) > 0) {
            throw new InvalidInputException(problems.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
        }
        return new CommissionBatch(this, period, firstMonth(period), adjustments, dealsByCreditedRep());
    }

    Currency currency() {
        return currency;
    }

    RoundingMode rounding() {
        return rounding;
    }

    /** @return the deals that may credit each rep (its own, and those split to it), in input order */
    private Map<String, List<Deal>> dealsByCreditedRep() {
        Map<String, List<Deal>> byRep = new HashMap<>();
        for (Deal deal : data.deals()) {
            for (String repId : creditedReps(deal)) {
                List<Deal> deals = byRep.computeIfAbsent(repId, k -> new ArrayList<>());
                if (deals.isEmpty() || deals.get(deals.size() - 1) != deal) {
                    deals.add(deal);
                }
            }
        }
        return byRep;
    }

    /** @return the reps a deal would be credited to: those of its splits, else its owner */
    List<String> creditedReps(Deal deal) {
        List<CreditSplit> splits = book.splitsOf(deal.id());
        if (splits.isEmpty()) {
            return deal.ownerId() == null ? List.of() : List.of(deal.ownerId());
        }
        return splits.stream().map(CreditSplit::repId).toList();
    }

    /**
     * The reps with a statement for {@code month}, as {@link #calculate} finds them, without computing
     * anyone's months except those of reps who left their plan and may have a clawback in it.
     */
    TreeSet<String> repsWithStatement(YearMonth month, YearMonth first, YearMonth period,
            Map<String, List<Adjustment>> adjustments, Map<String, List<Deal>> dealsByRep) {
        TreeSet<String> reps = repsOnPlan(month);
        if (month.equals(period)) {
            reps.addAll(adjustments.keySet());
        }
        for (Deal deal : data.deals()) {
            if (book.cancellation(deal.id()).filter(c -> YearMonth.from(c.date()).equals(month)).isEmpty()) {
                continue;
            }
            for (String repId : creditedReps(deal)) {
                if (!reps.contains(repId) && repMonth(repId, first, month, period,
                        adjustments.getOrDefault(repId, List.of()), dealsByRep.getOrDefault(repId, List.of())).isPresent()) {
                    reps.add(repId);
                }
            }
        }
        return reps;
    }

    /**
     * One rep's months from {@code first} to {@code last}, computed exactly as {@link #calculate}
     * computes them (same months, carried balances, clawbacks and year to date), keeping only the last.
     *
     * @param adjustments the rep's corrections, added in {@code period}
     * @param deals       the deals that may credit the rep, in input order
     * @return the rep's month {@code last}, or empty when the rep has no statement in it
     */
    Optional<RepMonth> repMonth(String repId, YearMonth first, YearMonth last, YearMonth period,
            List<Adjustment> adjustments, List<Deal> deals) {
        List<CreditLine> repLines = new ArrayList<>();
        for (CreditLine line : Crediting.lines(deals, book, scale, rounding)) {
            if (line.repId().equals(repId)) {
                repLines.add(line);
            }
        }
        repLines.sort(Comparator.comparing(CreditLine::closeDate).thenComparing(CreditLine::dealId));
        RepState state = new RepState(zero(), YearToDate.zero(scale), null);
        List<RepMonth> withCancellations = new ArrayList<>();
        RepMonth result = null;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            List<Adjustment> own = month.equals(period) ? adjustments : List.of();
            if (!onPlan(repId, month) && own.isEmpty() && !cancelledIn(month, withCancellations)) {
                continue;
            }
            RepMonth computed = month(repId, month, repLines, own, state, withCancellations);
            if (computed.lines().stream().anyMatch(l -> book.cancellation(l.dealId()).isPresent())) {
                withCancellations.add(computed);
            }
            state = new RepState(computed.ledger().balanceAfter(), computed.yearToDate(), month);
            result = month.equals(last) ? computed : null;
        }
        return Optional.ofNullable(result);
    }

    private boolean onPlan(String repId, YearMonth month) {
        for (PlanAssignment a : book.index().assignmentsByRep().getOrDefault(repId, List.of())) {
            if (!a.from().isAfter(month.atEndOfMonth()) && (a.to() == null || !a.to().isBefore(month.atDay(1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean cancelledIn(YearMonth month, List<RepMonth> months) {
        return months.stream().flatMap(m -> m.lines().stream())
                .anyMatch(l -> book.cancellation(l.dealId()).filter(c -> YearMonth.from(c.date()).equals(month)).isPresent());
    }

    /**
     * The reps with a statement for {@code month}: those on a plan in it, and those who left their plan
     * but have a clawback or an adjustment in it (nothing is dropped silently).
     */
    private TreeSet<String> repsToState(YearMonth month, YearMonth period, List<Adjustment> adjustments,
            Map<String, List<RepMonth>> withCancellations) {
        TreeSet<String> reps = repsOnPlan(month);
        if (month.equals(period)) {
            adjustments.forEach(a -> reps.add(a.repId()));
        }
        withCancellations.forEach((repId, months) -> {
            boolean cancelledNow = months.stream().flatMap(m -> m.lines().stream())
                    .anyMatch(l -> book.cancellation(l.dealId()).filter(c -> YearMonth.from(c.date()).equals(month)).isPresent());
            if (cancelledNow) {
                reps.add(repId);
            }
        });
        return reps;
    }

    private TreeSet<String> repsOnPlan(YearMonth month) {
        TreeSet<String> reps = new TreeSet<>();
        for (PlanAssignment a : book.assignments()) {
            if (!a.from().isAfter(month.atEndOfMonth()) && (a.to() == null || !a.to().isBefore(month.atDay(1)))) {
                reps.add(a.repId());
            }
        }
        return reps;
    }

    private RepMonth month(String repId, YearMonth month, List<CreditLine> repLines, List<Adjustment> adjustments,
            RepState state, List<RepMonth> earlierMonths) {
        List<Segment> segments = new ArrayList<>();
        BigDecimal draw = zero();
        DrawType drawType = DrawType.RECOVERABLE;
        for (SegmentDays days : segmentDays(repId, month)) {
            Segment segment = segment(days, month, repLines);
            segments.add(segment);
            draw = draw.add(prorate(days.version().draw(), days.days(), month.lengthOfMonth()));
            drawType = days.version().drawType();
        }
        List<Clawback> clawbacks = clawbacks(repId, month, earlierMonths);
        YearToDate ytd = state.lastMonth() == null || state.lastMonth().getYear() != month.getYear()
                ? YearToDate.zero(scale) : state.yearToDate();
        RepMonth provisional = new RepMonth(rep(repId), month, segments, clawbacks, adjustments, draw, drawType,
                state.balance(), new DrawLedger(zero(), zero(), zero(), zero()), ytd);
        DrawLedger ledger = DrawLedger.settle(provisional.earned(), draw, drawType, state.balance());
        RepMonth settled = new RepMonth(provisional.rep(), month, segments, clawbacks, adjustments, draw, drawType,
                state.balance(), ledger, ytd);
        return new RepMonth(settled.rep(), month, segments, clawbacks, adjustments, draw, drawType, state.balance(),
                ledger, ytd.plus(settled));
    }

    private record SegmentDays(PlanAssignment assignment, PlanVersion version, LocalDate from, LocalDate to) {
        int days() {
            return (int) ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    private List<SegmentDays> segmentDays(String repId, YearMonth month) {
        List<SegmentDays> segments = new ArrayList<>();
        SegmentDays open = null;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate today = day;
            Optional<PlanAssignment> a = book.assignment(repId, today);
            Optional<PlanVersion> v = a.flatMap(x -> book.version(x.planId(), today));
            if (a.isEmpty() || v.isEmpty()) {
                if (open != null) {
                    segments.add(open);
                    open = null;
                }
                continue;
            }
            if (open != null && open.assignment().equals(a.get()) && open.version().equals(v.get())) {
                open = new SegmentDays(open.assignment(), open.version(), open.from(), day);
            } else {
                if (open != null) {
                    segments.add(open);
                }
                open = new SegmentDays(a.get(), v.get(), day, day);
            }
        }
        if (open != null) {
            segments.add(open);
        }
        return segments;
    }

    private Segment segment(SegmentDays days, YearMonth month, List<CreditLine> repLines) {
        PlanVersion plan = days.version();
        int monthDays = month.lengthOfMonth();
        BigDecimal ramp = days.assignment().ramp();
        BigDecimal target = prorate(plan.target().multiply(ramp), days.days(), monthDays);
        BigDecimal base = prorate(plan.baseSalary(), days.days(), monthDays);
        BigDecimal cap = null;
        if (plan.capAmount() != null) {
            cap = prorate(plan.capAmount(), days.days(), monthDays);
        }
        if (plan.capOfTarget() != null) {
            BigDecimal ofTarget = target.multiply(plan.capOfTarget()).setScale(scale, rounding);
            cap = cap == null ? ofTarget : cap.min(ofTarget);
        }
        List<CreditLine> lines = repLines.stream()
                .filter(l -> !l.closeDate().isBefore(days.from()) && !l.closeDate().isAfter(days.to())).toList();
        BigDecimal credit = lines.stream().map(CreditLine::credit).reduce(zero(), BigDecimal::add);
        List<CalculationStep> steps = SegmentCalculator.steps(plan.tiers(), plan.method(), plan.threshold(), cap, target,
                credit, scale, rounding);
        BigDecimal commission = SegmentCalculator.commission(steps, scale);
        List<BigDecimal> shares = commission.signum() == 0 || credit.signum() == 0
                ? lines.stream().map(l -> zero()).toList()
                : LargestRemainder.allocate(commission, lines.stream().map(CreditLine::credit).toList(), scale);
        List<CreditLine> earned = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CreditLine line = lines.get(i);
            earned.add(line.withEarnings(shares.get(i), spif(plan, line), plan.label()));
        }
        BigDecimal attainment = target.signum() == 0 ? null : SegmentCalculator.attainment(credit, target);
        return new Segment(plan, days.from(), days.to(), days.days(), monthDays, ramp, target, base, cap, credit,
                attainment, steps, commission, earned);
    }

    private BigDecimal spif(PlanVersion plan, CreditLine line) {
        BigDecimal bonus = zero();
        for (Spif spif : plan.spifs()) {
            if (spif.qualifies(line.product())) {
                bonus = bonus.add(spif.bonusPerDeal().multiply(line.share()).setScale(scale, rounding));
            }
        }
        return bonus;
    }

    /** Lines paid in earlier months whose deal was cancelled in {@code month} within the plan's window. */
    private List<Clawback> clawbacks(String repId, YearMonth month, List<RepMonth> earlierMonths) {
        List<Clawback> clawbacks = new ArrayList<>();
        for (RepMonth earlier : earlierMonths) {
            LocalDate paidOn = earlier.month().atEndOfMonth();
            for (Segment segment : earlier.segments()) {
                for (CreditLine line : segment.lines()) {
                    Optional<Cancellation> c = book.cancellation(line.dealId());
                    if (c.isEmpty() || !YearMonth.from(c.get().date()).equals(month)) {
                        continue;
                    }
                    long days = ChronoUnit.DAYS.between(paidOn, c.get().date());
                    int window = segment.plan().clawbackDays();
                    if (window > 0 && days > 0 && days <= window && line.earned().signum() != 0) {
                        clawbacks.add(new Clawback(line.dealId(), repId, earlier.month(), c.get().date(), (int) days,
                                line.earned().negate(), c.get().source()));
                    }
                }
            }
        }
        return clawbacks;
    }

    Rep rep(String repId) {
        return data.rep(repId).orElseGet(() -> {
            PlanAssignment a = book.index().assignmentsByRep().get(repId).get(0);
            return new Rep(repId, null, null, null, null, null, null, null, null, a.source());
        });
    }

    private BigDecimal prorate(BigDecimal monthly, int days, int monthDays) {
        if (days == monthDays) {
            return monthly.setScale(scale, rounding);
        }
        return monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(monthDays), scale, rounding);
    }

    private BigDecimal zero() {
        return BigDecimal.ZERO.setScale(scale);
    }

    /** What is carried from one month of a rep to the next. */
    private record RepState(BigDecimal balance, YearToDate yearToDate, YearMonth lastMonth) {
    }
}
