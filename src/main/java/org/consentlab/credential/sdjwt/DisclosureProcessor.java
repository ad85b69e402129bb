package org.consentlab.credential.sdjwt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consentlab.credential.spec.Rfc9901;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * Replaces digests by the disclosed claims, recursively, exactly as RFC 9901 §7.1 step 3 says, and
 * checks steps 4 and 5 on the way: each digest at most once, each disclosure referenced exactly
 * once, no {@code _sd} or {@code ...} claim names, no overwritten claims, object-property
 * disclosures only in objects and array-element disclosures only in arrays. Verifiers and holders
 * (§7.2) both use it. One instance processes one SD-JWT.
 */
public final class DisclosureProcessor {

	private final Map<String, Disclosure> byDigest = new LinkedHashMap<>();

	private final Set<String> seenDigests = new HashSet<>();

	private final Map<Disclosure, ClaimPath> paths = new LinkedHashMap<>();

	private final List<VerificationError> errors = new ArrayList<>();

	private final int maxDepth;

	private DisclosureProcessor(List<Disclosure> disclosures, HashAlgorithm alg, int maxDepth) {
		this.maxDepth = maxDepth;
		for (Disclosure disclosure : disclosures) {
			String digest = disclosure.digest(alg).value();
			if (this.byDigest.putIfAbsent(digest, disclosure) != null) {
				error(VerificationErrorCode.DUPLICATE_DISCLOSURE, digest);
			}
		}
	}

	/** Processes {@code payload} with {@code disclosures}, digests computed with {@code alg}. */
	public static ProcessedPayload process(
			Map<String, Object> payload, List<Disclosure> disclosures, HashAlgorithm alg, int maxDepth) {
		DisclosureProcessor processor = new DisclosureProcessor(disclosures, alg, maxDepth);
		Map<String, Object> claims = processor.object(payload, null, 0);
		claims.remove(Rfc9901.SD_ALG);
		processor.byDigest.forEach((digest, disclosure) -> {
			if (!processor.paths.containsKey(disclosure)) {
				processor.error(VerificationErrorCode.UNREFERENCED_DISCLOSURE, digest);
			}
		});
		return new ProcessedPayload(claims, processor.paths, processor.errors);
	}

	private Map<String, Object> object(Map<?, ?> in, ClaimPath path, int depth) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : in.entrySet()) {
			String name = String.valueOf(entry.getKey());
			if (!Rfc9901.SD.equals(name)) {
				Object value = entry.getValue();
				out.put(name, isContainer(value) ? value(value, child(path, name), depth + 1) : value);
			}
		}
		Object sd = in.get(Rfc9901.SD);
		if (sd != null) {
			if (sd instanceof List<?> digests) {
				digests.forEach((digest) -> embedProperty(out, digest, path, depth));
			} else {
				error(VerificationErrorCode.MALFORMED_DIGEST, Rfc9901.SD + " is not an array");
			}
		}
		return out;
	}

	private void embedProperty(Map<String, Object> out, Object digest, ClaimPath path, int depth) {
		Disclosure disclosure = lookUp(digest);
		if (disclosure == null) {
			return;
		}
		if (!(disclosure instanceof ObjectPropertyDisclosure property)) {
			error(VerificationErrorCode.ARRAY_ELEMENT_IN_OBJECT, digest.toString());
			return;
		}
		String name = property.claimName();
		if (Rfc9901.SD.equals(name) || Rfc9901.ELLIPSIS.equals(name)) {
			error(VerificationErrorCode.FORBIDDEN_CLAIM_NAME, name);
		} else if (out.containsKey(name)) {
			error(VerificationErrorCode.CLAIM_NAME_CONFLICT, name);
		} else {
			ClaimPath at = child(path, name);
			this.paths.put(disclosure, at);
			out.put(name, value(property.value(), at, depth + 1));
		}
	}

	private List<Object> array(List<?> in, ClaimPath path, int depth) {
		List<Object> out = new ArrayList<>();
		for (Object element : in) {
			if (element instanceof Map<?, ?> map && map.size() == 1 && map.containsKey(Rfc9901.ELLIPSIS)) {
				embedElement(out, map.get(Rfc9901.ELLIPSIS), path, depth);
			} else {
				out.add(isContainer(element) ? value(element, path.element(out.size()), depth + 1) : element);
			}
		}
		return out;
	}

	private void embedElement(List<Object> out, Object digest, ClaimPath path, int depth) {
		Disclosure disclosure = lookUp(digest);
		if (disclosure == null) {
			return;
		}
		if (!(disclosure instanceof ArrayElementDisclosure element)) {
			error(VerificationErrorCode.OBJECT_PROPERTY_IN_ARRAY, digest.toString());
			return;
		}
		ClaimPath at = path.element(out.size());
		this.paths.put(disclosure, at);
		out.add(value(element.value(), at, depth + 1));
	}

	/** The disclosure for a digest, or null for a decoy or an undisclosed claim; checks step 4. */
	private Disclosure lookUp(Object digest) {
		if (!(digest instanceof String value)) {
			error(VerificationErrorCode.MALFORMED_DIGEST, "a digest is not a string");
			return null;
		}
		if (!this.seenDigests.add(value)) {
			error(VerificationErrorCode.DUPLICATE_DIGEST, value);
			return null;
		}
		return this.byDigest.get(value);
	}

	private Object value(Object value, ClaimPath path, int depth) {
		if (depth > this.maxDepth && (value instanceof Map || value instanceof List)) {
			error(VerificationErrorCode.JSON_TOO_DEEP, "processed claims deeper than " + this.maxDepth);
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			return object(map, path, depth);
		}
		if (value instanceof List<?> list) {
			return array(list, path, depth);
		}
		return value;
	}

	private static boolean isContainer(Object value) {
		return value instanceof Map || value instanceof List;
	}

	private static ClaimPath child(ClaimPath path, String name) {
		return (path != null) ? path.child(name) : ClaimPath.of(name);
	}

	private void error(VerificationErrorCode code, String detail) {
		this.errors.add(new VerificationError(code, detail));
	}
}
