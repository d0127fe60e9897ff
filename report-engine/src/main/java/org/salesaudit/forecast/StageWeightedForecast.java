package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.salesaudit.audit.StageProbabilities;

/**
 * Opportunity-stage forecast: Σ amount × the probability of the deal's stage (worked example 2 of
 * the domain: a $1,000 deal in Product trial counts $600). A stage missing from the table uses the
 * deal's stated probability when the stage is the deal's current one, else {@code fallback} (the win
 * rate known on the date). Exact: no rounding until shown.
 */
public final class StageWeightedForecast {

    private final StageProbabilities table;
    private final BigDecimal fallback;

    /**
     * @param table    stage probabilities (the stated table, or the calibrated one)
     * @param fallback probability of a deal whose stage is unknown or not in the table
     */
    public StageWeightedForecast(StageProbabilities table, BigDecimal fallback) {
        this.table = table;
        this.fallback = fallback;
    }

    /** @return the probability this method gives a deal in {@code stage} */
    public BigDecimal probability(String stage, BigDecimal statedProbability) {
        Optional<BigDecimal> p = table.probability(stage);
        if (p.isPresent()) {
            return p.get();
        }
        return statedProbability != null ? statedProbability : fallback;
    }

    /**
     * @return Σ amount × probability over {@code deals}, exact: the amounts with the same probability
     *         are added first and multiplied once ({@link ExactWeightedSum})
     */
    BigDecimal value(List<OpenDeal> deals) {
        ExactWeightedSum<BigDecimal> byProbability = new ExactWeightedSum<>();
        for (OpenDeal d : deals) {
            BigDecimal stated = d.stage() != null && d.deal().isOpen() && d.stage().equals(d.deal().stage())
                    ? d.deal().statedProbability() : null;
            byProbability.add(probability(d.stage(), stated), d.amount());
        }
        return byProbability.sum(p -> p);
    }
}
