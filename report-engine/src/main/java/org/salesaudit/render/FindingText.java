package org.salesaudit.render;

import java.util.Currency;
import java.util.List;

import org.salesaudit.report.Finding;
import org.salesaudit.report.Value;

/** The text of a finding in one language: its message pattern filled with its formatted arguments. */
public final class FindingText {

    private final Messages messages;
    private final ValueFormatter values;

    public FindingText(Messages messages) {
        this.messages = messages;
        this.values = new ValueFormatter(messages.locale(), messages);
    }

    /** @return the finding's sentence, e.g. "“Product trial” is recorded at 60.0 %, but …" */
    public String text(Finding finding) {
        List<String> args = finding.args().stream().map(values::format).toList();
        return messages.format(finding.messageKey(), args);
    }

    /** @return the money at stake formatted in the report's currency, or the not-available dash */
    public String moneyAtStake(Finding finding, Currency currency) {
        return finding.moneyAtStake() == null ? ValueFormatter.NOT_AVAILABLE
                : values.format(new Value.Money(finding.moneyAtStake(), currency));
    }
}
