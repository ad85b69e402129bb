-- A verifier's requests through the W3C Digital Credentials API (OpenID4VP 1.0 Appendix A): for a
-- transaction, the origin the signed request names in expected_origins and the ephemeral key the
-- answer is encrypted to (dc_api.jwt). The private half is sealed like every other private key and
-- forgotten once the answer has been read; the row goes with its transaction (resets, account
-- deletion, the per-learner bound). Plain SQL that H2 and PostgreSQL both run.
CREATE TABLE VERIFIER_DC_API_REQUEST (
    TRANSACTION_ID   BIGINT        PRIMARY KEY REFERENCES VERIFIER_TRANSACTION (ID) ON DELETE CASCADE,
    EXPECTED_ORIGIN  VARCHAR(512)  NOT NULL,
    PUBLIC_KEY       VARCHAR(1000) NOT NULL,
    PRIVATE_KEY      VARCHAR(4000)
);
