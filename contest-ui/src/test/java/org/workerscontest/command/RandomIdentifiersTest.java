package org.workerscontest.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class RandomIdentifiersTest {

    @Test
    void axonTakesItsMessageAndEventIdentifiersFromHere() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(RandomIdentifiers.class);
    }

    @Test
    void identifiersAreRandomUuidsThatNeverRepeatAcrossThreads() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel().forEach(i -> assertThat(seen.add(RandomIdentifiers.next())).isTrue());

        assertThat(seen).hasSize(200_000).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
        });
    }
}
