package org.consentlab.labs.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.springframework.stereotype.Component;

/**
 * L7: the learner builds a disclosure by hand from a salt, a claim name and a value of their own
 * (drawn from their seed, shown in the prompt) and submits its digest: base64url of the SHA-256 of
 * the base64url-encoded JSON array (RFC 9901 §4.2.1 and §4.2.3). No page of the app shows this
 * disclosure, so the digest has to be computed, and a classmate's digest is of other values.
 */
@Component
class BuiltDigestCheck implements TaskCheck {

	private static final List<String> NAMES =
			List.of("library_card", "locker_number", "club_member_id", "bus_pass", "gym_badge", "lab_seat");

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	@Override
	public String taskId() {
		return "L7.built-digest";
	}

	@Override
	public Map<String, String> parameters(Account learner) {
		SplittableRandom random = new SplittableRandom(learner.seed() ^ 0x44494745L);
		byte[] salt = new byte[16];
		for (int i = 0; i < salt.length; i++) {
			salt[i] = (byte) random.nextInt(256);
		}
		String name = NAMES.get(random.nextInt(NAMES.size()));
		String value = String.format(
				"%c%c-%06d", 'A' + random.nextInt(26), 'A' + random.nextInt(26), random.nextInt(1_000_000));
		String json = "[\"" + BASE64URL.encodeToString(salt) + "\", \"" + name + "\", \"" + value + "\"]";
		return Map.of("salt", BASE64URL.encodeToString(salt), "claim", name, "value", value, "json", json);
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		String json = parameters(learner).get("json");
		String given = answer.strip();
		String disclosure = encode(json);
		if (given.equals(digest(disclosure)) || given.equals(digest(encode(json.replace("\", \"", "\",\""))))) {
			return CheckResult.pass("check.L7.built-digest.pass");
		}
		if (given.equals(disclosure)) {
			return CheckResult.fail("check.L7.built-digest.disclosure");
		}
		if (given.equals(BASE64URL.encodeToString(sha256(json.getBytes(StandardCharsets.UTF_8))))) {
			return CheckResult.fail("check.L7.built-digest.json");
		}
		return CheckResult.fail("check.L7.built-digest.wrong");
	}

	private static String encode(String json) {
		return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	/** The digest over the disclosure as sent: the ASCII of its base64url text. */
	static String digest(String disclosure) {
		return BASE64URL.encodeToString(sha256(disclosure.getBytes(StandardCharsets.US_ASCII)));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
