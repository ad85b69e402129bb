package org.consentlab.labs.wallet;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.credential.sdjwt.Disclosure;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.ObjectPropertyDisclosure;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.wallet.HeldCredential;
import org.springframework.stereotype.Component;

/**
 * L7: the digest of the learner's own {@code birthdate} disclosure (RFC 9901 §4.2.3: base64url of
 * the SHA-256 of the disclosure as sent). Salts are random, so every credential's digest differs.
 */
@Component
class DisclosureDigestCheck implements TaskCheck {

	static final String CLAIM = "birthdate";

	private final PersonalIds pids;

	DisclosureDigestCheck(PersonalIds pids) {
		this.pids = pids;
	}

	@Override
	public String taskId() {
		return "L7.birthdate-digest";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		List<HeldCredential> held = pids.of(learner);
		if (held.isEmpty()) {
			return CheckResult.fail("check.L7.receive.none");
		}
		String given = answer.trim();
		boolean otherDigest = false;
		for (HeldCredential credential : held) {
			SdJwt sdJwt = credential.parsed();
			HashAlgorithm alg = sdJwt.hashAlgorithm().orElse(HashAlgorithm.SHA_256);
			for (Disclosure disclosure : sdJwt.disclosures()) {
				boolean birthdate = disclosure instanceof ObjectPropertyDisclosure
						&& CLAIM.equals(((ObjectPropertyDisclosure) disclosure).claimName());
				if (given.equals(disclosure.digest(alg).value())) {
					if (birthdate) {
						return CheckResult.pass("check.L7.birthdate-digest.pass");
					}
					otherDigest = true;
				}
				if (birthdate && given.equals(disclosure.encoded())) {
					return CheckResult.fail("check.L7.birthdate-digest.disclosure");
				}
			}
		}
		return CheckResult.fail(otherDigest ? "check.L7.birthdate-digest.other" : "check.L7.birthdate-digest.wrong");
	}
}
