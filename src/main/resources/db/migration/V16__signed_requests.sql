-- Signed requests by reference and encrypted answers (OpenID4VP 1.0 §5.10, §8.3.1). A transaction
-- remembers how it was asked: SIGNED (request object signed with the verifier's access
-- certificate, answer encrypted with direct_post.jwt) or UNSIGNED (the older request by value,
-- answered with plain direct_post), kept for the lab that shows why signing matters. Rows from
-- before this version were unsigned.
ALTER TABLE VERIFIER_TRANSACTION ADD COLUMN REQUEST_MODE VARCHAR(16) DEFAULT 'UNSIGNED' NOT NULL;

-- The key a signed transaction's answer is encrypted to: its key id (the JWE kid that finds the
-- transaction) and the private key, sealed like every other private key of the app, and erased
-- once the transaction is decided.
ALTER TABLE VERIFIER_TRANSACTION ADD COLUMN RESPONSE_KEY_ID VARCHAR(64);
ALTER TABLE VERIFIER_TRANSACTION ADD COLUMN RESPONSE_KEY VARCHAR(4000);
CREATE UNIQUE INDEX VERIFIER_TRANSACTION_RESPONSE_KEY ON VERIFIER_TRANSACTION (RESPONSE_KEY_ID);
