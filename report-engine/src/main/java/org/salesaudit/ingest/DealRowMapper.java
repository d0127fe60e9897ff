package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import org.salesaudit.model.Deal;
import org.salesaudit.model.DealStatus;
import org.salesaudit.problem.Severity;

/** Turns rows of a Deals sheet into {@link Deal}s. One instance per run: it remembers ids to catch duplicates. */
final class DealRowMapper {

    private final Currency defaultCurrency;
    private final FirstRows seenIds = new FirstRows();

    DealRowMapper(Currency defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    Optional<Deal> map(RowReader row) {
        Optional<String> id = row.text("id", true);
        Optional<BigDecimal> amount = row.amount("amount", true);
        Optional<String> stage = row.text("stage", false);
        Optional<String> statusText = row.text("status", false);
        Optional<String> owner = row.text("owner", false);
        Optional<String> account = row.text("account", false);
        Optional<LocalDate> created = row.date("created", false);
        Optional<LocalDate> closeDate = row.date("close_date", false);
        Optional<BigDecimal> probability = row.probability("probability");
        Currency currency = row.currency("currency").orElse(defaultCurrency);
        Optional<String> leadId = row.text("lead_id", false);
        Optional<String> product = row.text("product", false);
        Optional<String> region = row.text("region", false);
        Optional<String> type = row.text("type", false);
        if (row.rejected()) {
            return Optional.empty();
        }
        DealStatus status = status(row, stage, statusText);
        if (status == null) {
            return Optional.empty();
        }
        if (amount.get().signum() < 0) {
            row.problem(Severity.ERROR, "amount.negative", "amount", "an amount of zero or more",
                    amount.get().toPlainString(), "row left out");
            return Optional.empty();
        }
        int first = seenIds.firstOrAdd(id.get(), row.source().row(), row.fingerprint());
        if (first >= 0) {
            if (seenIds.fingerprint(first) == row.fingerprint()) {
                row.problem(Severity.ERROR, "deal.duplicate_row", "id", "a row that appears once (row "
                        + seenIds.row(first) + " holds the same values)", id.get(), "row left out");
            } else {
                row.problem(Severity.ERROR, "deal.duplicate_id", "id", "a deal id used once (first used in row "
                        + seenIds.row(first) + ")", id.get(), "row left out");
            }
            return Optional.empty();
        }
        if (status.isClosed() && closeDate.isEmpty()) {
            row.problem(Severity.WARNING, "deal.closed_without_date", "close_date", "a close date for a closed deal",
                    "", "left out of period figures");
        }
        return Optional.of(new Deal(id.get(), leadId.orElse(null), owner.orElse(null), account.orElse(null),
                created.orElse(null), closeDate.orElse(null), stage.orElse(null), probability.orElse(null), amount.get(),
                currency, status, product.orElse(null), region.orElse(null), type.orElse(null), row.source()));
    }

    private static DealStatus status(RowReader row, Optional<String> stage, Optional<String> statusText)
            {
        if (statusText.isPresent()) {
            Optional<DealStatus> s = DealStatusWords.status(statusText.get());
            if (s.isPresent()) {
                return s.get();
            }
            if (stage.isEmpty()) {
                row.problem(Severity.ERROR, "deal.status_unknown", "status", "Open, Won or Lost", statusText.get(),
                        "row left out");
                return null;
            }
            row.problem(Severity.WARNING, "deal.status_unknown", "status", "Open, Won or Lost", statusText.get(),
                    "status taken from the stage");
        }
        if (stage.isPresent()) {
            return DealStatusWords.fromStage(stage.get());
        }
        row.problem(Severity.ERROR, "deal.no_stage", "stage", "a stage or a status", "", "row left out");
        return null;
    }
}
