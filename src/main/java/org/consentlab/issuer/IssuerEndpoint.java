package org.consentlab.issuer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.web.ProtocolEndpoint;
import org.consentlab.web.ProtocolException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The issuers' protocol endpoints: metadata (OpenID4VCI 1.0 §12.2, RFC 8414, SD-JWT VC §5), the
 * token endpoint of the pre-authorised code grant (§6, with the {@code tx_code} when the offer had
 * one), the nonce endpoint (§7) and the credential endpoint (§8, batches included), and the issuer's
 * Status List Token. Errors are OAuth error JSON, never a 500.
 */
@RestController
@ProtocolEndpoint
class IssuerEndpoint {

	static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

	private final Issuers issuers;

	private final IssuerKeys keys;

	private final IssuerGrants grants;

	private final IssueCredential issueCredential;

	private final StatusLists statusLists;

	IssuerEndpoint(Issuers issuers, IssuerKeys keys, IssuerGrants grants, IssueCredential issueCredential,
			StatusLists statusLists) {
		this.issuers = issuers;
		this.keys = keys;
		this.grants = grants;
		this.issueCredential = issueCredential;
		this.statusLists = statusLists;
	}

	@GetMapping(IssuerRoutes.VCI_METADATA)
	Map<String, Object> credentialIssuerMetadata(@PathVariable String id) {
		CredentialType type = type(id);
		Map<String, Object> configurations = new LinkedHashMap<>();
		int batchSize = 1;
		for (CredentialType each : issuers.types(type.issuerId())) {
			Map<String, Object> configuration = new LinkedHashMap<>();
			configuration.put("format", SdJwtVc.TYPE);
			configuration.put("vct", each.vct());
			configuration.put("cryptographic_binding_methods_supported", List.of("jwk"));
			configuration.put("credential_signing_alg_values_supported", List.of("ES256"));
			configuration.put("proof_types_supported",
					Map.of("jwt", Map.of("proof_signing_alg_values_supported", List.of("ES256"))));
			configurations.put(each.configurationId(), configuration);
			batchSize = Math.max(batchSize, each.batchSize());
		}
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("credential_issuer", issuers.identifier(type));
		metadata.put("credential_endpoint", issuers.url(type, IssuerRoutes.CREDENTIAL));
		metadata.put("nonce_endpoint", issuers.url(type, IssuerRoutes.NONCE));
		if (batchSize > 1) {
			metadata.put("batch_credential_issuance", Map.of("batch_size", batchSize));
		}
		metadata.put("credential_configurations_supported", configurations);
		return metadata;
	}

	@GetMapping(IssuerRoutes.AS_METADATA)
	Map<String, Object> authorizationServerMetadata(@PathVariable String id) {
		CredentialType type = type(id);
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("issuer", issuers.identifier(type));
		metadata.put("token_endpoint", issuers.url(type, IssuerRoutes.TOKEN));
		metadata.put("grant_types_supported", List.of(PRE_AUTHORIZED_GRANT));
		metadata.put("pre-authorized_grant_anonymous_access_supported", true);
		return metadata;
	}

	@GetMapping(IssuerRoutes.JWT_VC_METADATA)
	Map<String, Object> jwtVcIssuerMetadata(@PathVariable String id) {
		CredentialType type = type(id);
		List<Map<String, Object>> jwks = keys.publicKeys(type.issuerId()).stream().map(key -> key.toJSONObject()).toList();
		return Map.of("issuer", issuers.identifier(type), "jwks", Map.of("keys", jwks));
	}

	@PostMapping(path = IssuerRoutes.TOKEN, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, Object>> token(@PathVariable String id,
			@RequestParam(name = "grant_type", required = false) String grantType,
			@RequestParam(name = "pre-authorized_code", required = false) String code,
			@RequestParam(name = "tx_code", required = false) String txCode) {
		CredentialType type = type(id);
		if (grantType == null || code == null) {
			throw ProtocolException.invalidRequest("send grant_type and pre-authorized_code");
		}
		if (!PRE_AUTHORIZED_GRANT.equals(grantType)) {
			throw new ProtocolException(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "only " + PRE_AUTHORIZED_GRANT);
		}
		IssuerGrants.Redemption redemption = grants.redeem(type.issuerId(), code, txCode);
		if (redemption instanceof IssuerGrants.Redemption.WrongTxCode) {
			throw new ProtocolException(HttpStatus.BAD_REQUEST, "invalid_grant", "the tx_code is wrong");
		}
		if (!(redemption instanceof IssuerGrants.Redemption.Granted granted)) {
			throw new ProtocolException(HttpStatus.BAD_REQUEST, "invalid_grant",
					"the pre-authorised code is unknown, used, expired or out of tries");
		}
		long learner = granted.accountId();
		String token = grants.create(IssuerGrants.Kind.ACCESS_TOKEN, type.issuerId(), learner);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", token);
		body.put("token_type", "Bearer");
		body.put("expires_in", IssuerGrants.Kind.ACCESS_TOKEN.lifetime.getSeconds());
		return noStore(body);
	}

	@PostMapping(IssuerRoutes.NONCE)
	ResponseEntity<Map<String, Object>> nonce(@PathVariable String id) {
		CredentialType type = type(id);
		return noStore(Map.of("c_nonce", grants.create(IssuerGrants.Kind.C_NONCE, type.issuerId(), null)));
	}

	@PostMapping(path = IssuerRoutes.CREDENTIAL, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> credential(@PathVariable String id,
			@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody(required = false) String body) {
		CredentialType type = type(id);
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			throw new ProtocolException(HttpStatus.UNAUTHORIZED, "invalid_token", "send the access token as Bearer");
		}
		List<SdJwt> issued = issueCredential.issue(type.issuerId(), issuers.identifier(type),
				issuers.url(type, IssuerRoutes.STATUS), authorization.substring("Bearer ".length()).trim(), body);
		return noStore(Map.of("credentials", issued.stream().map(each -> Map.of("credential", each.serialize())).toList()));
	}

	/**
	 * The Status List Token (Token Status List §8.1), the same for every verifier that asks, signed by
	 * the issuer's newest key; verifiers find that key by {@code kid} in the issuer's metadata.
	 */
	@GetMapping(IssuerRoutes.STATUS)
	ResponseEntity<String> statusList(@PathVariable String id) {
		CredentialType type = type(id);
		return statusListResponse(statusLists.token(type.issuerId(), issuers.url(type, IssuerRoutes.STATUS)).compact());
	}

	private static ResponseEntity<String> statusListResponse(String token) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(StatusLists.TTL_SECONDS)))
			.contentType(MediaType.parseMediaType("application/statuslist+jwt"))
			.body(token);
	}

	private CredentialType type(String id) {
		return issuers.find(id)
			.orElseThrow(() -> new ProtocolException(HttpStatus.NOT_FOUND, "invalid_request", "no such issuer"));
	}

	private static ResponseEntity<Map<String, Object>> noStore(Map<String, Object> body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
