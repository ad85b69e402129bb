-- Sign-in attempts, counted in the database so that every instance behind a load balancer shares
-- one count. A key is "u:" or "a:" and the SHA-256 of the normalised username or of the client
-- address (fixed length, whatever was typed). ATTEMPTS rises before a password is checked.
CREATE TABLE LOGIN_THROTTLE (
    THROTTLE_KEY  VARCHAR(64) PRIMARY KEY,
    ATTEMPTS      INT         NOT NULL,
    NEXT_AT       TIMESTAMP WITH TIME ZONE NOT NULL,
    LAST_AT       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX LOGIN_THROTTLE_BY_LAST ON LOGIN_THROTTLE (LAST_AT);
