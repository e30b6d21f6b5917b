package org.workerscontest.shared;

import java.util.regex.Pattern;

/** Chinese telephone numbers as people write them: a mobile number or a landline with area code. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private PhoneNumbers() {
    }

    /** Returns the number without spaces, refusing a missing or malformed one. */
    public static String requireValid(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("error.required", fieldKey);
        }
        if (!isValid(value)) {
            throw new DomainRuleViolation("error.phone.invalid", value.strip());
        }
        return compact(value);
    }

    /** For forms that check as the user types; the same rule the domain enforces. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String compact = compact(value);
        return MOBILE.matcher(compact).matches() || LANDLINE.matcher(compact).matches();
    }

    private static String compact(String value) {
        return value.replace(" ", "").strip();
    }
}
