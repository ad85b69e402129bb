-- More issuers: key rotation, transaction codes, the document behind each status entry, batches.
-- Plain SQL that H2 and PostgreSQL both run; upper-case names.

-- A rotated-out key stays published until RETIRED_AT (its grace period), then verifiers lose it.
-- The one key with no RETIRED_AT signs.
ALTER TABLE ISSUER_KEY ADD COLUMN RETIRED_AT TIMESTAMP WITH TIME ZONE;

-- A pre-authorised code may need a transaction code (OpenID4VCI 1.0 §4.1.1 tx_code), sent by
-- another channel; wrong guesses are counted and the code dies after a few.
ALTER TABLE ISSUER_GRANT ADD COLUMN TX_CODE VARCHAR(16);
ALTER TABLE ISSUER_GRANT ADD COLUMN ATTEMPTS INTEGER DEFAULT 0 NOT NULL;

-- Which credential configuration each status entry belongs to (an issuer may issue several).
ALTER TABLE ISSUER_STATUS ADD COLUMN CONFIGURATION_ID VARCHAR(64);

-- One-time credentials issued together share a BATCH_KEY; each is shown once, then USED_AT is set.
ALTER TABLE WALLET_CREDENTIAL ADD COLUMN BATCH_KEY VARCHAR(64);
ALTER TABLE WALLET_CREDENTIAL ADD COLUMN USED_AT TIMESTAMP WITH TIME ZONE;
