package org.consentlab.classroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on joining a class, and how long learners' data is kept (security review L5, I3).
 *
 * @param joinCodeDays how long a new or rotated join code works unless the instructor says otherwise
 * @param maxLearners the seats of a new class; the instructor may change them
 * @param joinsPerAddress sign-up attempts one client address may make per {@code joinWindow}; a whole
 *     class behind one school NAT shares an address, so raise it for classes above this size
 * @param joinsPerCode sign-up attempts per join code per {@code joinWindow}, at least: a class's own code
 *     allows two per seat, so a full class can join in its first minutes
 * @param joinWindow the window both join counts are kept over
 * @param retentionDays a learner who has not signed in for this many days is deleted with all their
 *     data by a daily job; 0 keeps learners until deleted by hand
 */
@ConfigurationProperties("consentlab.classroom")
public record ClassroomProperties(
		@DefaultValue("7") int joinCodeDays,
		@DefaultValue("100") int maxLearners,
		@DefaultValue("60") int joinsPerAddress,
		@DefaultValue("200") int joinsPerCode,
		@DefaultValue("10m") Duration joinWindow,
		@DefaultValue("180") int retentionDays) {

	/** The most seats and days an instructor may choose: enough for any class, no more. */
	static final int MAX_SEATS = 1000;

	static final int MAX_CODE_DAYS = 90;

	public ClassroomProperties {
		if (joinCodeDays < 1 || joinCodeDays > MAX_CODE_DAYS) {
			throw new IllegalArgumentException("consentlab.classroom.join-code-days must be 1 to " + MAX_CODE_DAYS);
		}
		if (maxLearners < 1 || maxLearners > MAX_SEATS) {
			throw new IllegalArgumentException("consentlab.classroom.max-learners must be 1 to " + MAX_SEATS);
		}
		if (joinsPerAddress < 1 || joinsPerCode < 1 || joinWindow.isNegative() || joinWindow.isZero()) {
			throw new IllegalArgumentException("consentlab.classroom join limits must be positive");
		}
		if (retentionDays < 0) {
			throw new IllegalArgumentException("consentlab.classroom.retention-days must be 0 or more");
		}
	}
}
