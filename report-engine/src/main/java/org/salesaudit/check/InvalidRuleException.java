package org.salesaudit.check;

/**
 * A rule is configured wrongly (no bound, a minimum above its maximum, a ratio given as a percentage).
 * The message names the rule and says what is expected.
 */
public final class InvalidRuleException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidRuleException(String message) {
        super(message);
    }
}
