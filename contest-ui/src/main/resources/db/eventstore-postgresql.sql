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
-- Client requests handled, per user, with a hash of the request and its result (a mark's receipt as JSON
-- of result_type), written in the command's own transaction. Requests kept in the earlier command_request
-- table are moved here at start (EarlierRequestLog).
CREATE TABLE IF NOT EXISTS client_request (
    user_name VARCHAR(100) NOT NULL,
    request_id VARCHAR(100) NOT NULL,
    command_name VARCHAR(255) NOT NULL,
    fingerprint VARCHAR(64),
    result TEXT,
    result_type VARCHAR(255),
    handled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_name, request_id)
);

-- Which result holds each patent number: written in the command's transaction, so two results recorded at once,
-- on one node or two, cannot both take one number (the read models may not show the first yet).
CREATE TABLE IF NOT EXISTS PatentNumberClaims (
    patent_number VARCHAR(64) NOT NULL PRIMARY KEY,
    result_id VARCHAR(64) NOT NULL
);
