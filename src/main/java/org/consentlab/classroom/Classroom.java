package org.consentlab.classroom;

import java.time.Instant;

/** A class: learners who joined with its code, and the instructors who run it. */
public record Classroom(long id, String name, String joinCode, Instant createdAt) {}
