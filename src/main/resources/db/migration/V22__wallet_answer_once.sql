-- The wallet notes which request each answer was for (a digest of the verifier's client id and the
-- request's nonce) and where the verifier sent the browser next, so that a consent form sent again (a
-- retry after a lost connection, or from the browser's history) shows the first answer again instead
-- of sending a second one that the verifier would refuse. Plain SQL that H2 and PostgreSQL both run.
ALTER TABLE WALLET_PRESENTATION ADD COLUMN REQUEST_KEY CHAR(43);
ALTER TABLE WALLET_PRESENTATION ADD COLUMN REDIRECT_URI VARCHAR(2000);
CREATE INDEX WALLET_PRESENTATION_REQUEST ON WALLET_PRESENTATION (ACCOUNT_ID, REQUEST_KEY);
