-- Private keys are sealed with a key-encryption key the database never holds (secrets.PrivateKeySealer).
-- One sealed check value, written at the first start with sealing, tells a later start whether it
-- was given the same key-encryption key. Plain SQL for H2 and PostgreSQL.
CREATE TABLE KEY_ENCRYPTION_CHECK (
    ID          INTEGER       NOT NULL PRIMARY KEY,
    SEALED      VARCHAR(1000) NOT NULL,
    CREATED_AT  TIMESTAMP WITH TIME ZONE NOT NULL
);
