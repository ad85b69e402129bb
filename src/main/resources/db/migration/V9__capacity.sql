-- Capacity for a whole class: status lists that grow and recycle, and indexed expiry for every table
-- a learner's (or an anonymous caller's) requests add rows to. Plain SQL that H2 and PostgreSQL both run.

-- Each issuer publishes a numbered series of Token Status Lists; list 0 is the one published before.
-- ALLOCATED counts the entries handed out in the list, so the issuer knows when to open the next.
CREATE TABLE ISSUER_STATUS_LIST (
    ISSUER_ID  VARCHAR(40) NOT NULL,
    LIST_NO    INTEGER     NOT NULL,
    ALLOCATED  INTEGER     NOT NULL,
    OPENED_AT  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ISSUER_ID, LIST_NO)
);

-- An entry is now (issuer, list, index); EXPIRES_AT is the credential's exp, after which (plus the
-- time a verifier may keep a Status List Token) the index is free again. When an account goes, its
-- entries stay, revoked and without an owner, until then (ON DELETE SET NULL, not CASCADE).
CREATE TABLE ISSUER_STATUS_V9 (
    ISSUER_ID         VARCHAR(40) NOT NULL,
    LIST_NO           INTEGER     NOT NULL,
    IDX               INTEGER     NOT NULL,
    STATUS            INTEGER     NOT NULL,
    ACCOUNT_ID        BIGINT REFERENCES ACCOUNT (ID) ON DELETE SET NULL,
    ISSUED_AT         TIMESTAMP WITH TIME ZONE NOT NULL,
    EXPIRES_AT        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONFIGURATION_ID  VARCHAR(64),
    PRIMARY KEY (ISSUER_ID, LIST_NO, IDX)
);

-- Credentials issued so far were valid for 365 days from the start of their day: 366 days (in hours,
-- so no time zone's daylight saving shifts it) is on the safe side.
INSERT INTO ISSUER_STATUS_V9 (ISSUER_ID, LIST_NO, IDX, STATUS, ACCOUNT_ID, ISSUED_AT, EXPIRES_AT, CONFIGURATION_ID)
SELECT ISSUER_ID, 0, IDX, STATUS, ACCOUNT_ID, ISSUED_AT, ISSUED_AT + INTERVAL '8784' HOUR, CONFIGURATION_ID
FROM ISSUER_STATUS;

INSERT INTO ISSUER_STATUS_LIST (ISSUER_ID, LIST_NO, ALLOCATED, OPENED_AT)
SELECT ISSUER_ID, 0, COUNT(*), MIN(ISSUED_AT) FROM ISSUER_STATUS GROUP BY ISSUER_ID;

DROP TABLE ISSUER_STATUS;
ALTER TABLE ISSUER_STATUS_V9 RENAME TO ISSUER_STATUS;
CREATE INDEX ISSUER_STATUS_ACCOUNT ON ISSUER_STATUS (ACCOUNT_ID, ISSUER_ID);
CREATE INDEX ISSUER_STATUS_EXPIRES ON ISSUER_STATUS (EXPIRES_AT);

-- Grants expire in bulk on a schedule instead of a full scan on every insert; offers and access
-- tokens are capped per learner, newest kept.
CREATE INDEX ISSUER_GRANT_EXPIRES ON ISSUER_GRANT (EXPIRES_AT);
CREATE INDEX ISSUER_GRANT_ACCOUNT ON ISSUER_GRANT (ACCOUNT_ID, KIND, ISSUER_ID);

-- Abandoned transactions are removed after a while; rejections are capped per transaction.
CREATE INDEX VERIFIER_TRANSACTION_CREATED ON VERIFIER_TRANSACTION (STATUS, CREATED_AT);
CREATE INDEX VERIFIER_REJECTION_TRANSACTION ON VERIFIER_REJECTION (TRANSACTION_ID);
