package org.consentlab.classroom;

import java.time.Clock;
import java.util.Locale;
import org.consentlab.account.Accounts;
import org.consentlab.account.Role;
import org.consentlab.account.UsernameTakenException;
import org.consentlab.web.BadInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner joins a class with its code (security review L5). The class row is locked while its
 * seats are counted, so parallel joins cannot overfill it.
 *
 * <p>A wrong, rotated or expired code and a taken username get the same answer: someone without a
 * live code learns nothing about usernames. Someone with one can still tell a taken name from a free
 * one (a free name becomes an account: a sign-up that hid this would leave people unsure whether
 * they have an account), but only at the join throttle's pace, and each free name they try takes a
 * seat of the class, in view of its instructor.
 */
@Service
class JoinClass {

	static final String REFUSED = "error.join-refused";

	static final String FULL = "error.join-full";

	private static final int MAX_CODE_CHARS = 16;

	private final Classrooms classrooms;

	private final Accounts accounts;

	private final Clock clock = Clock.systemUTC();

	JoinClass(Classrooms classrooms, Accounts accounts) {
		this.classrooms = classrooms;
		this.accounts = accounts;
	}

	/** Creates the learner, or throws {@link BadInputException} with {@link #REFUSED} or {@link #FULL}. */
	@Transactional
	void join(String code, String username, String passwordHash) {
		String typed = code.strip().toUpperCase(Locale.ROOT);
		Classroom classroom = (typed.length() > MAX_CODE_CHARS
				? null
				: classrooms.byCode(typed).orElse(null));
		if (classroom != null) {
			classroom = classrooms.lockForJoin(classroom.id()).orElse(null);
		}
		if (classroom == null || !classroom.joinCode().equals(typed) || !classroom.codeOpenAt(clock.instant())) {
			throw new BadInputException("code", REFUSED);
		}
		if (accounts.countInClassroom(classroom.id()) >= classroom.maxLearners()) {
			throw new BadInputException("code", FULL);
		}
		try {
			accounts.create(username, passwordHash, Role.LEARNER, classroom.id());
		} catch (UsernameTakenException e) {
			throw new BadInputException("code", REFUSED);
		}
	}
}
