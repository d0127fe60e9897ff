package org.salesaudit.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The probability that a deal in a given stage closes as won, used to weight the pipeline. The
 * default is the stated table of the domain's worked example 2; stage names match ignoring case and
 * surrounding spaces.
 */
public final class StageProbabilities {

    private static final int SEEN_LIMIT = 4096;

    private final Map<String, BigDecimal> byStage;
    private final List<String> order;
    /** Stage names as written, already looked up: a million deals repeat a handful of stages. */
    private final Map<String, Optional<BigDecimal>> seen = new ConcurrentHashMap<>();
    private final Map<String, Integer> ranks = new ConcurrentHashMap<>();

    private StageProbabilities(Map<String, BigDecimal> table) {
        Map<String, BigDecimal> normalized = new LinkedHashMap<>();
        table.forEach((stage, p) -> normalized.put(key(stage), Objects.requireNonNull(p)));
        this.byStage = Map.copyOf(normalized);
        this.order = List.copyOf(table.keySet());
    }

    /** Discovery call 10 %, Qualified 20 %, Product demo 40 %, Product trial 60 %, Final negotiation 80 %, Won 100 %. */
    public static StageProbabilities defaults() {
        Map<String, BigDecimal> table = new LinkedHashMap<>();
        table.put("Discovery call", new BigDecimal("0.10"));
        table.put("Qualified", new BigDecimal("0.20"));
        table.put("Product demo", new BigDecimal("0.40"));
        table.put("Product trial", new BigDecimal("0.60"));
        table.put("Final negotiation", new BigDecimal("0.80"));
        table.put("Won", BigDecimal.ONE);
        table.put("Closed Won", BigDecimal.ONE);
        return new StageProbabilities(table);
    }

    /** @param table stage name to probability (0..1), in funnel order */
    public static StageProbabilities of(Map<String, BigDecimal> table) {
        return new StageProbabilities(table);
    }

    /** @return the stage names in funnel order, as configured */
    public List<String> stages() {
        return order;
    }

    public Optional<BigDecimal> probability(String stage) {
        if (stage == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> known = seen.get(stage);
        if (known != null) {
            return known;
        }
        Optional<BigDecimal> probability = Optional.ofNullable(byStage.get(key(stage)));
        if (seen.size() < SEEN_LIMIT) {
            seen.put(stage, probability);
        }
        return probability;
    }

    /** @return the position of a stage in funnel order, or {@code Integer.MAX_VALUE} for unknown stages */
    public int rank(String stage) {
        Integer known = ranks.get(stage);
        if (known != null) {
            return known;
        }
        int rank = Integer.MAX_VALUE;
        for (int i = 0; i < order.size(); i++) {
            if (key(order.get(i)).equals(key(stage))) {
                rank = i;
                break;
            }
        }
        if (ranks.size() < SEEN_LIMIT) {
            ranks.put(stage, rank);
        }
        return rank;
    }

    private static String key(String stage) {
        return stage.strip().toLowerCase(Locale.ROOT);
    }
}
