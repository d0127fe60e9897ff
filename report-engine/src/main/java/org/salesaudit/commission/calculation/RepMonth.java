package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.salesaudit.commission.plans.DrawType;
import org.salesaudit.model.Rep;

/**
 * A rep's commission month, everything a statement shows.
 *
 * <p>{@code earned = Σ segment commissions + Σ SPIFs + Σ clawbacks + Σ adjustments}; the draw ledger
 * turns it into the variable pay; {@code totalPay = baseSalary + ledger.paid}.
 *
 * @param balanceBefore what the rep owed at the start of the month (draws, negative months)
 * @param yearToDate    January to this month, inclusive
 */
public record RepMonth(Rep rep, YearMonth month, List<Segment> segments, List<Clawback> clawbacks,
        List<Adjustment> adjustments, BigDecimal draw, DrawType drawType, BigDecimal balanceBefore, DrawLedger ledger,
        YearToDate yearToDate) {

    public RepMonth {
        segments = List.copyOf(segments);
        clawbacks = List.copyOf(clawbacks);
        adjustments = List.copyOf(adjustments);
    }

    public List<CreditLine> lines() {
        return segments.stream().flatMap(s -> s.lines().stream()).toList();
    }

    public BigDecimal credit() {
        return sum(segments.stream().map(Segment::credit).toList());
    }

    public BigDecimal target() {
        return sum(segments.stream().map(Segment::target).toList());
    }

    /** @return credit / target over the month, or null without a target */
    public BigDecimal attainment() {
        BigDecimal target = target();
        return target.signum() == 0 ? null : SegmentCalculator.attainment(credit(), target);
    }

    public BigDecimal commission() {
        return sum(segments.stream().map(Segment::commission).toList());
    }

    public BigDecimal spif() {
        return sum(lines().stream().map(CreditLine::spif).toList());
    }

    public BigDecimal clawbackTotal() {
        return sum(clawbacks.stream().map(Clawback::amount).toList());
    }

    public BigDecimal adjustmentTotal() {
        return sum(adjustments.stream().map(Adjustment::amount).toList());
    }

    /** @return commission + SPIFs + clawbacks (negative) + adjustments */
    public BigDecimal earned() {
        return commission().add(spif()).add(clawbackTotal()).add(adjustmentTotal());
    }

    public BigDecimal baseSalary() {
        return sum(segments.stream().map(Segment::baseSalary).toList());
    }

    public BigDecimal totalPay() {
        return baseSalary().add(ledger.paid());
    }

    private BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(draw.multiply(BigDecimal.ZERO), BigDecimal::add);
    }
}
