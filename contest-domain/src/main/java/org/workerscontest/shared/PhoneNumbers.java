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
        String compact = value.replace(" ", "").strip();
        if (!MOBILE.matcher(compact).matches() && !LANDLINE.matcher(compact).matches()) {
            throw new DomainRuleViolation("error.phone.invalid", value.strip());
        }
        return compact;
    }
}
