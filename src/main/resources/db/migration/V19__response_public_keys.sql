-- One key store for every encrypted answer (OpenID4VP 1.0 §8.3): requests through the Digital
-- Credentials API keep their ephemeral key in the transaction's row, like signed requests by link,
-- and the expected origin is read from the transaction's client identifier (origin:<origin>,
-- Appendix A.4). The public half is kept after the decision, so a decided request can still be
-- shown; the private half is erased then, as before. Keys of open requests through the browser
-- were sealed for the old table and cannot move: those requests simply expire unanswered.
-- Plain SQL that H2 and PostgreSQL both run.
ALTER TABLE VERIFIER_TRANSACTION ADD COLUMN RESPONSE_PUBLIC_KEY VARCHAR(1000);

UPDATE VERIFIER_TRANSACTION SET RESPONSE_PUBLIC_KEY =
    (SELECT D.PUBLIC_KEY FROM VERIFIER_DC_API_REQUEST D WHERE D.TRANSACTION_ID = VERIFIER_TRANSACTION.ID)
    WHERE ID IN (SELECT TRANSACTION_ID FROM VERIFIER_DC_API_REQUEST);

DROP TABLE VERIFIER_DC_API_REQUEST;
