package org.consentlab.credential.oid4vci;

import java.util.LinkedHashMap;
import java.util.Map;
import org.consentlab.credential.oauth.JsonMembers;

/**
 * What a credential offer says of the transaction code the holder must type in (OpenID4VCI 1.0
 * §4.1.1 {@code tx_code}): digits only or any text, how long ({@code null}: not said), and a hint
 * ({@code null}: none). The code itself goes to the holder by another channel.
 *
 * @param inputMode {@link Oid4vci#INPUT_MODE_NUMERIC} (the default) or {@link Oid4vci#INPUT_MODE_TEXT}
 */
public record TxCode(String inputMode, Integer length, String description) {

	/** The longest code this app accepts, whatever an offer says. */
	public static final int MAX_LENGTH = 64;

	public TxCode {
		if (!Oid4vci.INPUT_MODE_NUMERIC.equals(inputMode) && !Oid4vci.INPUT_MODE_TEXT.equals(inputMode)) {
			throw new IllegalArgumentException("input_mode is numeric or text");
		}
		if (length != null && (length < 1 || length > MAX_LENGTH)) {
			throw new IllegalArgumentException("length is 1 to " + MAX_LENGTH);
		}
	}

	public boolean numeric() {
		return Oid4vci.INPUT_MODE_NUMERIC.equals(inputMode);
	}

	/** Whether {@code code} has the announced form; only the issuer knows whether it is right. */
	public boolean accepts(String code) {
		return code != null
				&& !code.isEmpty()
				&& code.length() <= MAX_LENGTH
				&& (length == null || code.length() == length)
				&& (!numeric() || code.chars().allMatch(c -> c >= '0' && c <= '9'));
	}

	static TxCode read(JsonMembers json) {
		String mode = json.optionalString(Oid4vci.INPUT_MODE).orElse(Oid4vci.INPUT_MODE_NUMERIC);
		if (!Oid4vci.INPUT_MODE_NUMERIC.equals(mode) && !Oid4vci.INPUT_MODE_TEXT.equals(mode)) {
			throw json.fault(Oid4vci.INPUT_MODE, "is neither numeric nor text");
		}
		Integer length = json.optionalInteger(Oid4vci.LENGTH, 1, MAX_LENGTH)
				.map(Long::intValue)
				.orElse(null);
		return new TxCode(mode, length, json.optionalString(Oid4vci.DESCRIPTION).orElse(null));
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(Oid4vci.INPUT_MODE, inputMode);
		if (length != null) {
			map.put(Oid4vci.LENGTH, length);
		}
		if (description != null) {
			map.put(Oid4vci.DESCRIPTION, description);
		}
		return map;
	}
}
