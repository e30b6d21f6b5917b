package org.workerscontest.storage;

import org.junit.jupiter.api.Tag;

/** The command transaction tests on a real PostgreSQL (CONTEST_EVENTSTORE_URL; .ci/run starts one). */
@Tag("postgres")
class PostgresCommandTransactionTest extends CommandTransactionTest {
}
