-- The wallet notes which offer each credential came from (a digest of the issuer and the offer's
-- pre-authorized code), so that an offer accepted again (a retry after a lost connection, or from
-- the browser's history) shows the credential already received instead of asking the issuer for a
-- code it has already redeemed. Plain SQL that H2 and PostgreSQL both run.
ALTER TABLE WALLET_CREDENTIAL ADD COLUMN OFFER_KEY CHAR(43);
CREATE INDEX WALLET_CREDENTIAL_OFFER ON WALLET_CREDENTIAL (ACCOUNT_ID, OFFER_KEY);
