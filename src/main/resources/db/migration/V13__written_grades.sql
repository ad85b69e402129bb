-- An instructor's grade of a written answer (L12's argument): a score on the task's rubric and a
-- comment the learner reads on the lab page. One grade per learner and task; grading again replaces it.
CREATE TABLE WRITTEN_GRADE (
    ACCOUNT_ID  BIGINT        NOT NULL REFERENCES ACCOUNT (ID) ON DELETE CASCADE,
    TASK_ID     VARCHAR(64)   NOT NULL,
    SCORE       INT           NOT NULL,
    MAX_SCORE   INT           NOT NULL,
    COMMENT     VARCHAR(2000) NOT NULL,
    GRADED_BY   BIGINT        NOT NULL REFERENCES ACCOUNT (ID) ON DELETE CASCADE,
    GRADED_AT   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ACCOUNT_ID, TASK_ID)
);
