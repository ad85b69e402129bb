package org.consentlab.credential.vc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.StatusReference;

/**
 * The SD-JWT VC rules a verifier applies on top of RFC 9901 (draft-ietf-oauth-sd-jwt-vc §3):
 * the {@code typ} (§3.2.1), a {@code vct} (§3.2.2.1.1), an {@code iss}, and the validity window of
 * {@code iat}, {@code nbf} and {@code exp} (§3.2.2.2), and a well-formed {@code status}.
 */
public final class SdJwtVcChecks {

	private SdJwtVcChecks() {}

	/**
	 * The error for the header's {@code typ}, or null when accepted. {@code vc+sd-jwt} is the
	 * superseded type: {@code LEGACY_TYPE} unless allowed.
	 */
	public static VerificationError checkType(String typ, Set<String> accepted, boolean allowLegacy) {
		if (typ != null && accepted.contains(typ)) {
			return null;
		}
		if (SdJwtVc.LEGACY_TYPE.equals(typ)) {
			return allowLegacy ? null : new VerificationError(VerificationErrorCode.LEGACY_TYPE, typ);
		}
		return new VerificationError(VerificationErrorCode.TYPE_NOT_ACCEPTED, String.valueOf(typ));
	}

	/** The errors in the processed claims of an SD-JWT VC at time {@code now}, with {@code skewSeconds} tolerance. */
	public static List<VerificationError> checkClaims(Map<String, Object> claims, Instant now, long skewSeconds) {
		List<VerificationError> errors = new ArrayList<>();
		if (!(claims.get(SdJwtVc.VCT) instanceof String)) {
			errors.add(VerificationError.of(VerificationErrorCode.VCT_MISSING));
		}
		if (!(claims.get(SdJwtVc.ISS) instanceof String)) {
			errors.add(VerificationError.of(VerificationErrorCode.ISS_MISSING));
		}
		long time = now.getEpochSecond();
		try {
			Long exp = seconds(claims, SdJwtVc.EXP);
			if (exp != null && exp < time - skewSeconds) {
				errors.add(VerificationError.of(VerificationErrorCode.EXPIRED));
			}
			Long nbf = seconds(claims, SdJwtVc.NBF);
			if (nbf != null && nbf > time + skewSeconds) {
				errors.add(VerificationError.of(VerificationErrorCode.NOT_YET_VALID));
			}
			Long iat = seconds(claims, SdJwtVc.IAT);
			if (iat != null && iat > time + skewSeconds) {
				errors.add(VerificationError.of(VerificationErrorCode.ISSUED_IN_FUTURE));
			}
			if (claims.containsKey(SdJwtVc.STATUS)) {
				StatusReference.fromStatusClaim(claims.get(SdJwtVc.STATUS));
			}
		} catch (MalformedCredentialException ex) {
			errors.add(ex.error());
		}
		return errors;
	}

	/** A NumericDate claim (RFC 7519 §2) in whole seconds, or null when missing. */
	public static Long seconds(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Number number)) {
			throw new MalformedCredentialException(
					VerificationErrorCode.MALFORMED_ISSUER_JWT, name + " is not a number");
		}
		return number.longValue();
	}
}
