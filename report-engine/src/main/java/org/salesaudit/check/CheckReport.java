package org.salesaudit.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of every rule over one results.json.
 *
 * @param resultsFile the results.json that was checked
 * @param results     one result per rule, in the order the rules were given
 */
public record CheckReport(Path resultsFile, List<RuleResult> results) {

    public CheckReport {
        Objects.requireNonNull(resultsFile, "resultsFile");
        results = List.copyOf(results);
    }

    /** @return the results with {@code status} */
    public List<RuleResult> withStatus(RuleStatus status) {
        return results.stream().filter(r -> r.status() == status).toList();
    }

    /** @return whether no rule failed */
    public boolean passed() {
        return withStatus(RuleStatus.FAILED).isEmpty();
    }

    /** @return e.g. {@code 4 rules: 3 passed, 1 failed, 0 skipped} */
    public String summary() {
        return results.size() + (results.size() == 1 ? " rule: " : " rules: ") + withStatus(RuleStatus.PASSED).size()
                + " passed, " + withStatus(RuleStatus.FAILED).size() + " failed, "
                + withStatus(RuleStatus.SKIPPED).size() + " skipped";
    }
}
