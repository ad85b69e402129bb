-- The Registry's own signing keys, made once and shared by every instance of the app on this
-- database, so an offline extract signed on one instance verifies on any other (lab L2).
-- NAME is the key's role; a second instance that races to insert the same role loses and reads
-- the first one's key. Plain SQL for H2 and PostgreSQL.
CREATE TABLE REGISTRY_KEY (
    NAME         VARCHAR(40)   NOT NULL PRIMARY KEY,
    ALGORITHM    VARCHAR(16)   NOT NULL,
    PRIVATE_KEY  VARCHAR(400)  NOT NULL,
    PUBLIC_KEY   VARCHAR(400)  NOT NULL,
    CREATED_AT   TIMESTAMP WITH TIME ZONE NOT NULL
);
