package org.workerscontest.shared;

/** Checks for the free-text fields of commands. Field names are translation keys. */
public final class TextRules {

    private TextRules() {
    }

    /** Returns the trimmed text, refusing a blank or over-long one. */
    public static String requireText(String value, String fieldKey, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("error.required", fieldKey);
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new DomainRuleViolation("error.tooLong", fieldKey, maxLength);
        }
        return trimmed;
    }

    /** Returns the trimmed text or null when blank, refusing an over-long one. */
    public static String optionalText(String value, String fieldKey, int maxLength) {
        return value == null || value.isBlank() ? null : requireText(value, fieldKey, maxLength);
    }

    public static <T> T requirePresent(T value, String fieldKey) {
        if (value == null) {
            throw new DomainRuleViolation("error.required", fieldKey);
        }
        return value;
    }
}
