package org.workerscontest.storage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.common.DateTimeUtils;

/**
 * Reads the timestamps Axon's JDBC engine stores as text. Axon writes them as
 * {@code 2026-12-02T04:55:04.639Z}; that form is read by hand, everything else by Axon's own parser,
 * which also refuses what it cannot read.
 */
final class StoredTimestamps {

    private static final String LAYOUT = "0000-00-00T00:00:00.000Z";

    private StoredTimestamps() {
    }

    static Instant parse(String text) {
        if (text.length() != LAYOUT.length() || !matchesLayout(text)) {
            return DateTimeUtils.parseInstant(text);
        }
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            return DateTimeUtils.parseInstant(text);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2)).toEpochDay();
        } catch (DateTimeException e) {
            return DateTimeUtils.parseInstant(text);
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second,
                number(text, 20, 3) * 1_000_000L);
    }

    private static boolean matchesLayout(String text) {
        for (int i = 0; i < LAYOUT.length(); i++) {
            char expected = LAYOUT.charAt(i);
            char actual = text.charAt(i);
            if (expected == '0' ? actual < '0' || actual > '9' : actual != expected) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
