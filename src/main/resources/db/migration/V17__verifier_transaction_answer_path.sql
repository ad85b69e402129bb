-- Lab L9's weakened verifier is decided when a transaction starts and kept with it: the check the
-- transaction leaves out (KEY_BINDING or NONCE), set only on transactions that a learner's attack
-- tools start at that learner's weakened verifier; NULL, as on every older row, makes every check.
-- Answering a transaction then reads no account. Plain SQL that H2 and PostgreSQL both run.
ALTER TABLE VERIFIER_TRANSACTION ADD COLUMN SKIPPED_CHECK VARCHAR(16);

-- An accepted answer writes its outcome in place: abandoned transactions are found by age alone
-- (their status is checked on the rows found), so the status is no longer indexed and accepting
-- an answer changes no indexed column (PostgreSQL can then update the row without new index
-- entries; H2 leaves its indexes alone).
DROP INDEX VERIFIER_TRANSACTION_CREATED;
CREATE INDEX VERIFIER_TRANSACTION_CREATED_AT ON VERIFIER_TRANSACTION (CREATED_AT);
