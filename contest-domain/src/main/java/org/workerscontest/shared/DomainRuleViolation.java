package org.workerscontest.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A command broke a domain rule. Carries a message key of the translation bundles (so the UI and the
 * API can say it in the user's language) and the values the message needs.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DomainRuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
