package org.workerscontest.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredTimestampsTest {

    @Test
    void readsWhatAxonWritesAsAxonReadsIt() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            // From 1970 to 2100, to the millisecond, as Axon stores them.
            String stored = DateTimeUtils.formatInstant(Instant.ofEpochMilli((long) (random.nextDouble() * 4_102_444_800_000L)));

            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z",
            "9999-12-31T23:59:59.999Z"})
    void edgesOfTheStoredFormAreReadAsByAxon(String stored) {
        assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T00:00:00Z", "2026-12-01T08:30:00.250+08:00", "2026-12-01T00:00:00.123456789Z",
            "2026-12-01t00:00:00.000z"})
    void otherFormsAreReadByAxonsParser(String stored) {
        assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-12-01", "2026-13-01T00:00:00.000Z", "2026-12-01T00:60:00.000Z", "2026-12-01 00:00:00.000Z",
            "2026-02-30T00:00:00.000Z", "2026-12-01T24:00:00.000Z",
            "２０２６-12-01T00:00:00.000Z"})
    void unreadableTimestampsAreRefusedAsByAxon(String stored) {
        Class<? extends Throwable> refusal = catchRefusal(stored);

        assertThat(refusal).isNotNull();
        assertThatThrownBy(() -> StoredTimestamps.parse(stored)).isInstanceOf(refusal);
    }

    private static Class<? extends Throwable> catchRefusal(String stored) {
        try {
            DateTimeUtils.parseInstant(stored);
            return null;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
