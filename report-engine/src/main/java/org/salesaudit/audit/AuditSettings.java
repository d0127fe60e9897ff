package org.salesaudit.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

/**
 * What every audit needs besides the data.
 *
 * @param asOf          the date the audit describes: open deals are open on it, windows end on it
 * @param currency      the reporting currency (amounts are already in it)
 * @param stages        the stage probabilities for the weighted pipeline
 * @param staleFactor   a deal open longer than this many normal sales cycles is stale (setting
 *                      {@code audit.stale_factor}, default 2)
 * @param revenueTarget the yearly revenue target for the capacity section, or empty to use the sum of
 *                      the quotas of the analysis window (setting {@code audit.capacity.revenue_target})
 * @param responseSla   hours within which sales must first touch a lead (settings
 *                      {@code audit.sla_hours.warm}, {@code audit.sla_hours.cold})
 * @param scoring       the lead-scoring points and threshold ({@code audit.scoring.*})
 * @param workingHoursPerDay a rep's working hours per working day, for the selling time (setting
 *                      {@code audit.working_hours_per_day}, default 8)
 */
public record AuditSettings(LocalDate asOf, Currency currency, StageProbabilities stages, BigDecimal staleFactor,
        Optional<BigDecimal> revenueTarget, ResponseSla responseSla, ScoringModel scoring,
        BigDecimal workingHoursPerDay) {

    /** Length of the analysis window ending on the as-of date. */
    public static final int WINDOW_MONTHS = 12;
    /** Default of {@code audit.stale_factor}: two normal sales cycles (domain worked example 7). */
    public static final BigDecimal DEFAULT_STALE_FACTOR = new BigDecimal("2");
    /** Default of {@code audit.working_hours_per_day}. */
    public static final BigDecimal DEFAULT_WORKING_HOURS_PER_DAY = new BigDecimal("8");
    private static final BigDecimal HOURS_PER_DAY = new BigDecimal("24");

    static final String STAGES_KEY = "audit.stages";
    static final String STALE_FACTOR_KEY = "audit.stale_factor";
    static final String REVENUE_TARGET_KEY = "audit.capacity.revenue_target";
    static final String WORKING_HOURS_KEY = "audit.working_hours_per_day";

    public AuditSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(staleFactor, "staleFactor");
        Objects.requireNonNull(revenueTarget, "revenueTarget");
        Objects.requireNonNull(responseSla, "responseSla");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(workingHoursPerDay, "workingHoursPerDay");
        if (staleFactor.signum() <= 0) {
            throw new IllegalArgumentException("the stale factor must be positive, got " + staleFactor);
        }
        if (workingHoursPerDay.signum() <= 0 || workingHoursPerDay.compareTo(HOURS_PER_DAY) > 0) {
            throw new IllegalArgumentException("the working hours per day must be above 0 and at most 24, got "
                    + workingHoursPerDay);
        }
    }

    /** Settings with the default working hours per day. */
    public AuditSettings(LocalDate asOf, Currency currency, StageProbabilities stages, BigDecimal staleFactor,
            Optional<BigDecimal> revenueTarget, ResponseSla responseSla, ScoringModel scoring) {
        this(asOf, currency, stages, staleFactor, revenueTarget, responseSla, scoring, DEFAULT_WORKING_HOURS_PER_DAY);
    }

    /** Settings with the documented defaults beyond the stage table. */
    public AuditSettings(LocalDate asOf, Currency currency, StageProbabilities stages) {
        this(asOf, currency, stages, DEFAULT_STALE_FACTOR, Optional.empty(), ResponseSla.DEFAULT,
                ScoringModel.DEFAULT);
    }

    /** Settings with the default response-time agreement. */
    public AuditSettings(LocalDate asOf, Currency currency, StageProbabilities stages, BigDecimal staleFactor,
            Optional<BigDecimal> revenueTarget) {
        this(asOf, currency, stages, staleFactor, revenueTarget, ResponseSla.DEFAULT, ScoringModel.DEFAULT);
    }

    /** Settings with the default scoring model. */
    public AuditSettings(LocalDate asOf, Currency currency, StageProbabilities stages, BigDecimal staleFactor,
            Optional<BigDecimal> revenueTarget, ResponseSla responseSla) {
        this(asOf, currency, stages, staleFactor, revenueTarget, responseSla, ScoringModel.DEFAULT);
    }

    /**
     * Reads the audit's settings ({@code audit.*} keys, documented in docs/settings.md).
     *
     * @throws InvalidInputException naming the key when a value is malformed or out of range
     */
    public static AuditSettings from(SettingsFile file, LocalDate asOf, Currency currency)
            throws InvalidInputException {
        StageProbabilities stages = stages(file);
        BigDecimal staleFactor = file.decimal(STALE_FACTOR_KEY, DEFAULT_STALE_FACTOR);
        if (staleFactor.signum() <= 0) {
            throw file.invalid(STALE_FACTOR_KEY, "a positive number of sales cycles such as 2", staleFactor.toString());
        }
        Optional<BigDecimal> target = Optional.empty();
        if (file.text(REVENUE_TARGET_KEY).isPresent()) {
            BigDecimal value = file.decimal(REVENUE_TARGET_KEY, BigDecimal.ZERO);
            if (value.signum() <= 0) {
                throw file.invalid(REVENUE_TARGET_KEY, "a positive amount such as 5000000", value.toPlainString());
            }
            target = Optional.of(value);
        }
        ResponseSla sla = new ResponseSla(positiveHours(file, ResponseSla.WARM_KEY, ResponseSla.DEFAULT.warmHours()),
                positiveHours(file, ResponseSla.COLD_KEY, ResponseSla.DEFAULT.coldHours()));
        BigDecimal hours = file.decimal(WORKING_HOURS_KEY, DEFAULT_WORKING_HOURS_PER_DAY);
        if (hours.signum() <= 0 || hours.compareTo(HOURS_PER_DAY) > 0) {
            throw file.invalid(WORKING_HOURS_KEY, "a number of hours above 0 and at most 24, such as 8",
                    hours.toPlainString());
        }
        return new AuditSettings(asOf, currency, stages, staleFactor, target, sla, ScoringModel.from(file), hours);
    }

    /**
     * Reads the stage table ({@code audit.stages}), or the default one: the table the pipeline and the stage
     * calibration use, and the one reading checks deal stages against.
     *
     * @throws InvalidInputException naming the key when an entry is malformed
     */
    public static StageProbabilities stages(SettingsFile file) throws InvalidInputException {
        return file.text(STAGES_KEY).isPresent() ? parseStages(file, file.text(STAGES_KEY).get())
                : StageProbabilities.defaults();
    }

    private static int positiveHours(SettingsFile file, String key, int defaultValue) throws InvalidInputException {
        int hours = file.integer(key, defaultValue);
        if (hours <= 0) {
            throw file.invalid(key, "a positive whole number of hours such as 24", Integer.toString(hours));
        }
        return hours;
    }

    /** Parses {@code Stage name:probability, ...} in funnel order; probabilities are fractions 0..1. */
    private static StageProbabilities parseStages(SettingsFile file, String text) throws InvalidInputException {
        Map<String, BigDecimal> table = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            int colon = entry.lastIndexOf(':');
            String name = colon < 0 ? "" : entry.substring(0, colon).strip();
            String probability = colon < 0 ? "" : entry.substring(colon + 1).strip();
            BigDecimal p;
            try {
                p = new BigDecimal(probability);
            } catch (NumberFormatException e) {
                p = null;
            }
            if (name.isEmpty() || p == null || p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
                throw file.invalid(STAGES_KEY,
                        "entries 'stage name:probability' with a probability from 0 to 1, such as 'Qualified:0.20'",
                        entry.strip());
            }
            table.put(name, p);
        }
        return StageProbabilities.of(table);
    }

    /** @return the first day of the analysis window: twelve months before the as-of date, plus one day */
    public LocalDate windowStart() {
        return asOf.minusMonths(WINDOW_MONTHS).plusDays(1);
    }

    /** @return whether {@code date} falls within the analysis window (both ends included) */
    public boolean inWindow(LocalDate date) {
        return window().contains(date);
    }

    /** @return the analysis window, its first day computed once: for loops over every deal */
    public AnalysisWindow window() {
        return new AnalysisWindow(windowStart(), asOf);
    }
}
