-- Account lifecycle and join codes (security review L5, I3).

-- Usernames are unique regardless of case: USERNAME_KEY is the name in Unicode NFKC, lower case in
-- the root locale (account.Usernames), and a unique index holds it. USERNAME keeps the spelling the
-- person chose, for display.
ALTER TABLE ACCOUNT ADD COLUMN USERNAME_KEY VARCHAR(96);
-- Until now usernames were limited to [A-Za-z0-9._-], where NFKC changes nothing and LOWER equals
-- Java's root-locale lower case, on H2 and on PostgreSQL alike.
UPDATE ACCOUNT SET USERNAME_KEY = LOWER(USERNAME);
-- Names that already differ only in case ("Ada" and "ada"): the oldest account keeps the plain key;
-- each younger one gets its key suffixed with "~" and its id ("~" never occurs in a username). No
-- account and no data is lost: a younger one still signs in under its exact spelling, and nobody can
-- create a new name that collides with any of them.
UPDATE ACCOUNT SET USERNAME_KEY = USERNAME_KEY || '~' || CAST(ID AS VARCHAR(20))
 WHERE EXISTS (SELECT 1 FROM ACCOUNT OLDER
                WHERE LOWER(OLDER.USERNAME) = LOWER(ACCOUNT.USERNAME) AND OLDER.ID < ACCOUNT.ID);
ALTER TABLE ACCOUNT ALTER COLUMN USERNAME_KEY SET NOT NULL;
CREATE UNIQUE INDEX ACCOUNT_BY_USERNAME_KEY ON ACCOUNT (USERNAME_KEY);

-- Last successful sign-in: the retention job deletes learners who have not signed in for a long time.
ALTER TABLE ACCOUNT ADD COLUMN LAST_SIGN_IN_AT TIMESTAMP WITH TIME ZONE;

-- A join code stops working at JOIN_CODE_EXPIRES_AT (rotating makes a new one, expiring sets it to
-- now), and a class takes at most MAX_LEARNERS learners. Codes of existing classes get the default
-- week from now, so no class is closed by the upgrade.
ALTER TABLE CLASSROOM ADD COLUMN JOIN_CODE_EXPIRES_AT TIMESTAMP WITH TIME ZONE;
UPDATE CLASSROOM SET JOIN_CODE_EXPIRES_AT = CURRENT_TIMESTAMP + INTERVAL '7' DAY;
ALTER TABLE CLASSROOM ALTER COLUMN JOIN_CODE_EXPIRES_AT SET NOT NULL;
ALTER TABLE CLASSROOM ADD COLUMN MAX_LEARNERS INT DEFAULT 100 NOT NULL;

-- Sign-ups through /join, counted per client address and per code in fixed windows, in the database
-- so every instance shares the count. A key is "a:" or "c:" and a SHA-256 (fixed length whatever was
-- typed); the table is kept under a fixed number of rows (classroom.JoinThrottle).
CREATE TABLE JOIN_THROTTLE (
    THROTTLE_KEY  VARCHAR(64) PRIMARY KEY,
    ATTEMPTS      INT         NOT NULL,
    WINDOW_START  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX JOIN_THROTTLE_BY_START ON JOIN_THROTTLE (WINDOW_START);
