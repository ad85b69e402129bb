-- The classroom's trust framework for verifiers: a root, an access-certificate authority under it,
-- a registrar, and per verifier an access certificate (a leaf) and a signed registration. Made at
-- first start and shared by every instance. Plain SQL that H2 and PostgreSQL both run.

-- An authority or the registrar: its certificate chain as an x5c JSON array (own certificate
-- first, root last) and its PKCS#8 private key, base64.
CREATE TABLE TRUST_AUTHORITY (
    NAME         VARCHAR(32)   PRIMARY KEY,
    CHAIN        VARCHAR(16000) NOT NULL,
    PRIVATE_KEY  VARCHAR(4000)  NOT NULL,
    CREATED_AT   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One registered verifier: its access certificate chain (x5c JSON, without the root), the private
-- key it signs requests with, and its registration certificate as the registrar signed it.
CREATE TABLE TRUST_VERIFIER (
    VERIFIER_ID   VARCHAR(64)    PRIMARY KEY,
    ACCESS_CHAIN  VARCHAR(16000) NOT NULL,
    PRIVATE_KEY   VARCHAR(4000)  NOT NULL,
    REGISTRATION  VARCHAR(32000) NOT NULL,
    CREATED_AT    TIMESTAMP WITH TIME ZONE NOT NULL
);
