-- Lab L3's 1:N searches while they wait, run and after they end, so that any instance can show a
-- search started on another: its state, place in line, progress and, at the end, its candidates.
-- One row per learner at most (a new search replaces the learner's finished one). INSTANCE names the
-- instance running it; HEARTBEAT_AT is renewed while it does, so another instance can take over a
-- search whose instance has gone.
CREATE TABLE REGISTRY_SCAN_JOB (
    ID                VARCHAR(36)  PRIMARY KEY,
    ACCOUNT_ID        BIGINT       NOT NULL REFERENCES ACCOUNT (ID) ON DELETE CASCADE,
    MODALITY          VARCHAR(16)  NOT NULL,
    GALLERY           INT          NOT NULL,
    THRESHOLD         DOUBLE PRECISION NOT NULL,
    PROBE             VARCHAR(16)  NOT NULL,
    SELF_INDEX        INT          NOT NULL,
    STATE             VARCHAR(16)  NOT NULL,
    INSTANCE          VARCHAR(36)  NOT NULL,
    QUEUE_SEQ         BIGINT       NOT NULL,
    DONE              BIGINT       NOT NULL,
    TOTAL             BIGINT       NOT NULL,
    CREATED_AT        TIMESTAMP WITH TIME ZONE NOT NULL,
    HEARTBEAT_AT      TIMESTAMP WITH TIME ZONE NOT NULL,
    FINISHED_AT       TIMESTAMP WITH TIME ZONE,
    COMPARED          BIGINT,
    FOUND_SELF        BOOLEAN,
    FALSE_CANDIDATES  INT,
    HITS              VARCHAR(65536)
);
CREATE INDEX REGISTRY_SCAN_JOB_BY_ACCOUNT ON REGISTRY_SCAN_JOB (ACCOUNT_ID, CREATED_AT);
CREATE INDEX REGISTRY_SCAN_JOB_BY_LINE ON REGISTRY_SCAN_JOB (INSTANCE, STATE, QUEUE_SEQ);
CREATE INDEX REGISTRY_SCAN_JOB_BY_HEARTBEAT ON REGISTRY_SCAN_JOB (STATE, HEARTBEAT_AT);
