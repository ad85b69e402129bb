-- A verifier's rejection keeps each typed error code in its own row, in the order the checks found
-- them, instead of one comma-joined string: a lab asks "was anything refused as REVOKED?" with an
-- exact match, and a reset clears exactly those rejections. Plain SQL that H2 and PostgreSQL both run.

CREATE TABLE VERIFIER_REJECTION_CODE (
    REJECTION_ID    BIGINT      NOT NULL REFERENCES VERIFIER_REJECTION (ID) ON DELETE CASCADE,
    POS             INT         NOT NULL,
    CODE            VARCHAR(64) NOT NULL,
    PRIMARY KEY (REJECTION_ID, POS)
);
CREATE INDEX VERIFIER_REJECTION_CODE_CODE ON VERIFIER_REJECTION_CODE (CODE);

-- The existing comma strings, split one code at a time.
INSERT INTO VERIFIER_REJECTION_CODE (REJECTION_ID, POS, CODE)
WITH RECURSIVE SPLIT (REJECTION_ID, POS, CODE, REST) AS (
    SELECT ID, 0,
           CAST(CASE WHEN POSITION(',' IN CODES) = 0 THEN CODES
                     ELSE SUBSTRING(CODES FROM 1 FOR POSITION(',' IN CODES) - 1) END AS VARCHAR(2000)),
           CAST(CASE WHEN POSITION(',' IN CODES) = 0 THEN ''
                     ELSE SUBSTRING(CODES FROM POSITION(',' IN CODES) + 1) END AS VARCHAR(2000))
    FROM VERIFIER_REJECTION
    UNION ALL
    SELECT REJECTION_ID, POS + 1,
           CAST(CASE WHEN POSITION(',' IN REST) = 0 THEN REST
                     ELSE SUBSTRING(REST FROM 1 FOR POSITION(',' IN REST) - 1) END AS VARCHAR(2000)),
           CAST(CASE WHEN POSITION(',' IN REST) = 0 THEN ''
                     ELSE SUBSTRING(REST FROM POSITION(',' IN REST) + 1) END AS VARCHAR(2000))
    FROM SPLIT
    WHERE REST <> ''
)
SELECT REJECTION_ID, POS, TRIM(CODE) FROM SPLIT WHERE TRIM(CODE) <> '';

ALTER TABLE VERIFIER_REJECTION DROP COLUMN CODES;
