-- Axon's JdbcEventStorageEngine tables (default schema), plus the log of handled client requests.
CREATE TABLE IF NOT EXISTS DomainEventEntry (
    globalIndex BIGSERIAL PRIMARY KEY,
    eventIdentifier VARCHAR(255) NOT NULL UNIQUE,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber BIGINT NOT NULL,
    type VARCHAR(255),
    timeStamp VARCHAR(255) NOT NULL,
    payloadType VARCHAR(255) NOT NULL,
    payloadRevision VARCHAR(255),
    payload BYTEA NOT NULL,
    metaData BYTEA,
    CONSTRAINT DomainEventEntry_aggregate_sequence UNIQUE (aggregateIdentifier, sequenceNumber)
);
CREATE TABLE IF NOT EXISTS SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber BIGINT NOT NULL,
    type VARCHAR(255) NOT NULL,
    eventIdentifier VARCHAR(255) NOT NULL UNIQUE,
    timeStamp VARCHAR(255) NOT NULL,
    payloadType VARCHAR(255) NOT NULL,
    payloadRevision VARCHAR(255),
    payload BYTEA NOT NULL,
    metaData BYTEA,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber)
);
CREATE TABLE IF NOT EXISTS command_request (
    request_id VARCHAR(100) PRIMARY KEY,
    command_name VARCHAR(255) NOT NULL,
    result VARCHAR(1000),
    user_name VARCHAR(100),
    handled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- A result other than text (e.g. a mark's receipt) is kept as JSON of this Java type; added later.
ALTER TABLE command_request ADD COLUMN IF NOT EXISTS result_type VARCHAR(255);
