package org.consentlab.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.CredentialQuery;
import org.consentlab.credential.dcql.CredentialSetQuery;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObject;
import org.consentlab.credential.registration.OverAsking;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.credential.spec.SdJwtVc;

/**
 * What the consent screen shows of an OpenID4VP 1.0 request (§5), and what the wallet believes of
 * it. Who asks and why come from the registrar's signed registration certificate when the request
 * was signed by a certificate of the classroom root and the registration is bound to it (§5.11.1,
 * ETSI TS 119 475); otherwise the requester is unverified, with the reason, and whatever name an
 * unsigned request gives itself is shown as a claim nobody checked. The over-asking are the
 * requested claims the registration does not cover (ETSI TS 119 475 §4.7, {@link OverAsking}).
 * Each credential query's claims are required or optional (DCQL claim sets, §6.4.1); credential
 * sets (§6.4.2) may offer the learner a choice between credentials.
 *
 * @param carried the parameters the consent form sends back: the signed object as it was verified, or the unsigned request
 * @param registration the verified registration, bound to the request's signer; null when unverified
 * @param unverified why the requester is not verified; null when {@code registration} is there
 * @param claimedName the name an unsigned request gives itself, unchecked; null when none
 */
public record ConsentRequest(
		RequestObject request,
		Map<String, String> carried,
		RegistrationCertificate registration,
		Unverified unverified,
		String claimedName,
		List<OverAsking.Excess> overAsking) {

	/** Why the wallet cannot say who is asking: a closed set, each explained under {@code wallet.requester.<REASON>}. */
	public enum Reason {
		/** An unsigned request ({@code redirect_uri:}): anyone can write one in anyone's name. */
		UNSIGNED,
		/** Signed, but without a registration certificate in {@code verifier_info}. */
		NOT_REGISTERED,
		/** A registration certificate the wallet does not believe, or one of someone else's. */
		REGISTRATION_REFUSED
	}

	/** An unverified requester: the reason, and the check that failed (a registration failure's name), or empty. */
	public record Unverified(Reason reason, String detail) {

		public String messageKey() {
			return "wallet.requester." + reason.name();
		}
	}

	/** One requested claim of credential query {@code credentialId}: its id, its path {@code a.b}, and whether it is required. */
	public record Claim(String credentialId, String id, String path, boolean required) {

		/** The form value that keeps this optional claim: {@code credentialId.claimId}. */
		public String key() {
			return credentialId + "." + id;
		}
	}

	/** One credential query as the consent screen lists it. */
	public record Wanted(CredentialQuery query, List<Claim> claims) {

		public String id() {
			return query.id();
		}
	}

	public ConsentRequest {
		Objects.requireNonNull(request, "request");
		carried = Map.copyOf(carried);
		if ((registration == null) == (unverified == null)) {
			throw new IllegalArgumentException("either a verified registration or the reason there is none");
		}
		overAsking = List.copyOf(overAsking);
		for (CredentialQuery query : request.dcqlQuery().credentials()) {
			if (!SdJwtVc.TYPE.equals(query.format())
					|| query.claims().isEmpty()
					|| !query.claims().stream()
							.allMatch(c -> c.id() != null && c.propertyPath().isPresent())) {
				throw MalformedMessageException.invalid(
						Oid4vp.DCQL_QUERY,
						"this wallet answers SD-JWT VC queries whose claims have ids and property paths");
			}
		}
	}

	public boolean verified() {
		return registration != null;
	}

	/** The registered name when verified; otherwise the name the request gives itself, or its client id. */
	public String verifierName() {
		if (registration != null) {
			return registration.name();
		}
		return claimedName != null ? claimedName : clientId();
	}

	public String clientId() {
		return request.clientId().toString();
	}

	/** The registered purpose in {@code language}, or in the registrar's first language; empty when unverified. */
	public String purpose(String language) {
		return registration == null ? "" : registration.purpose(language);
	}

	public String service(String language) {
		return registration == null ? "" : registration.service(language);
	}

	/** Where the registrar's entry of this verifier is, on the public register. */
	public String registerEntry() {
		if (registration == null) {
			return null;
		}
		String entity = registration.entityId();
		String uri =
				registration.registryUri() != null && registration.registryUri().startsWith("/")
						? registration.registryUri()
						: "/register";
		return uri + "#entry-" + entity.substring(entity.lastIndexOf(':') + 1);
	}

	/** The parameters as they came, for the consent form to send back. */
	public Map<String, String> parameters() {
		return carried;
	}

	public List<Wanted> credentials() {
		List<Wanted> wanted = new ArrayList<>();
		for (CredentialQuery query : request.dcqlQuery().credentials()) {
			List<Claim> claims = new ArrayList<>();
			for (ClaimsQuery claim : query.claims()) {
				claims.add(
						new Claim(query.id(), claim.id(), claim.propertyPath().orElseThrow(), query.requires(claim)));
			}
			wanted.add(new Wanted(query, claims));
		}
		return wanted;
	}

	public Optional<Wanted> credential(String id) {
		return credentials().stream().filter(w -> w.id().equals(id)).findFirst();
	}

	/** The credential type credential query {@code id} asks for, its first {@code vct} value. */
	public String vctOf(String id) {
		return credential(id)
				.map(w -> w.query().vctValues().isEmpty()
						? id
						: w.query().vctValues().get(0))
				.orElse(id);
	}

	/** Every requested claim, of every credential query. */
	public List<Claim> claims() {
		return credentials().stream().flatMap(w -> w.claims().stream()).toList();
	}

	/** The credential set queries (§6.4.2); none means every credential query is wanted. */
	public List<CredentialSetQuery> credentialSets() {
		return request.dcqlQuery().credentialSets();
	}

	/** Whether {@code claim} is beyond the registration: over-asking the wallet found itself. */
	public boolean overAsks(Claim claim) {
		return overAsking.stream()
				.anyMatch(excess -> excess.credentialQueryId().equals(claim.credentialId())
						&& String.join(
										".",
										excess.path().stream()
												.map(String::valueOf)
												.toList())
								.equals(claim.path()));
	}

	/** The over-asked claims, written {@code a.b}, each once. */
	public List<String> overAsked() {
		return claims().stream()
				.filter(this::overAsks)
				.map(Claim::path)
				.distinct()
				.toList();
	}

	/** The claims the registration covers, written {@code a.b}. */
	public List<String> registeredClaims() {
		if (registration == null) {
			return List.of();
		}
		return registration.credentials().stream()
				.flatMap(c -> c.claimPaths().stream())
				.map(path -> String.join(".", path.stream().map(String::valueOf).toList()))
				.distinct()
				.toList();
	}
}
