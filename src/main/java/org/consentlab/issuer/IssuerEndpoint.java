package org.consentlab.issuer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vci.AuthorizationServerMetadata;
import org.consentlab.credential.oid4vci.CredentialConfiguration;
import org.consentlab.credential.oid4vci.CredentialIssuerMetadata;
import org.consentlab.credential.oid4vci.CredentialResponse;
import org.consentlab.credential.oid4vci.NonceResponse;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.oid4vci.TokenRequest;
import org.consentlab.credential.oid4vci.TokenResponse;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.JwtVcIssuerMetadata;
import org.consentlab.credential.vc.TypeMetadata;
import org.consentlab.web.ProtocolEndpoint;
import org.consentlab.web.ProtocolException;
import org.consentlab.web.ProtocolRouter;
import org.consentlab.web.ProtocolRoutes;
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
 * The issuers' protocol endpoints: metadata (OpenID4VCI 1.0 §12.2, RFC 8414, SD-JWT VC §4 and the
 * Type Metadata of §5), the
 * token endpoint of the pre-authorised code grant (§6, with the transaction code when the offer had
 * one), the nonce endpoint (§7) and the credential endpoint (§8, batches included), and the issuer's
 * Status List Token. Errors are OAuth error JSON, never a 500.
 */
@RestController
@ProtocolEndpoint
class IssuerEndpoint implements ProtocolRoutes {

	private final Issuers issuers;

	private final IssuerKeys keys;

	private final IssuerGrants grants;

	private final IssueCredential issueCredential;

	private final StatusLists statusLists;

	private final IssuerTypeMetadata typeMetadata;

	IssuerEndpoint(
			Issuers issuers,
			IssuerKeys keys,
			IssuerGrants grants,
			IssueCredential issueCredential,
			StatusLists statusLists,
			IssuerTypeMetadata typeMetadata) {
		this.typeMetadata = typeMetadata;
		this.issuers = issuers;
		this.keys = keys;
		this.grants = grants;
		this.issueCredential = issueCredential;
		this.statusLists = statusLists;
	}

	/** The same handlers for the app's own wallet and verifiers ({@link org.consentlab.web.Loopback}). */
	@Override
	public void register(ProtocolRouter router) {
		router.get(IssuerRoutes.VCI_METADATA, call -> credentialIssuerMetadata(call.path("id")));
		router.get(IssuerRoutes.AS_METADATA, call -> authorizationServerMetadata(call.path("id")));
		router.get(IssuerRoutes.JWT_VC_METADATA, call -> jwtVcIssuerMetadata(call.path("id")));
		router.get(
				IssuerRoutes.TYPE_METADATA,
				call -> typeMetadata(call.path("id"), call.parameter(SdJwtVc.TYPE_METADATA_QUERY)));
		router.post(
				IssuerRoutes.TOKEN,
				MediaType.APPLICATION_FORM_URLENCODED,
				call -> token(call.path("id"), call.parameters()));
		router.post(IssuerRoutes.NONCE, null, call -> nonce(call.path("id")));
		router.post(
				IssuerRoutes.CREDENTIAL,
				MediaType.APPLICATION_JSON,
				call -> credential(call.path("id"), call.authorization(), call.body()));
		router.get(IssuerRoutes.STATUS, call -> statusList(call.path("id")));
		router.get(IssuerRoutes.STATUS_LIST, call -> statusList(call.path("id"), call.path("list")));
	}

	@GetMapping(IssuerRoutes.VCI_METADATA)
	ResponseEntity<String> credentialIssuerMetadata(@PathVariable String id) {
		CredentialType type = type(id);
		Map<String, CredentialConfiguration> configurations = new LinkedHashMap<>();
		int batchSize = 1;
		for (CredentialType each : issuers.types(type.issuerId())) {
			configurations.put(
					each.configurationId(),
					new CredentialConfiguration(
							SdJwtVc.TYPE, each.vct(), List.of("jwk"), List.of("ES256"), List.of("ES256")));
			batchSize = Math.max(batchSize, each.batchSize());
		}
		return json(
				new CredentialIssuerMetadata(
								issuers.identifier(type),
								issuers.url(type, IssuerRoutes.CREDENTIAL),
								issuers.url(type, IssuerRoutes.NONCE),
								batchSize,
								configurations)
						.toJson(),
				CacheControl.empty());
	}

	@GetMapping(IssuerRoutes.AS_METADATA)
	ResponseEntity<String> authorizationServerMetadata(@PathVariable String id) {
		CredentialType type = type(id);
		return json(
				new AuthorizationServerMetadata(
								issuers.identifier(type),
								issuers.url(type, IssuerRoutes.TOKEN),
								List.of(Oid4vci.PRE_AUTHORIZED_CODE_GRANT),
								true)
						.toJson(),
				CacheControl.empty());
	}

	/** The issuer's keys for wallets and verifiers (SD-JWT VC §4.2), newest first, retired ones gone. */
	@GetMapping(IssuerRoutes.JWT_VC_METADATA)
	ResponseEntity<String> jwtVcIssuerMetadata(@PathVariable String id) {
		CredentialType type = type(id);
		return json(
				new JwtVcIssuerMetadata(issuers.identifier(type), keys.publicKeys(type.issuerId())).toJson(),
				CacheControl.empty());
	}

	/**
	 * The Type Metadata of one type the issuer issues (SD-JWT VC draft 15 §5, fetched as §5.3.3
	 * defines here): the very bytes its credentials pin in {@code vct#integrity}, so they may be
	 * cached (§5.3.4).
	 */
	@GetMapping(IssuerRoutes.TYPE_METADATA)
	ResponseEntity<String> typeMetadata(
			@PathVariable String id, @RequestParam(name = SdJwtVc.TYPE_METADATA_QUERY, required = false) String vct) {
		CredentialType type = type(id);
		TypeMetadata document = typeMetadata
				.of(type.issuerId(), vct)
				.orElseThrow(() -> new ProtocolException(
						HttpStatus.NOT_FOUND, OAuthError.INVALID_REQUEST, "this issuer issues no type of that vct"));
		return json(document.toJson(), CacheControl.maxAge(java.time.Duration.ofHours(1)));
	}

	@PostMapping(path = IssuerRoutes.TOKEN, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> token(@PathVariable String id, @RequestParam Map<String, String> form) {
		CredentialType type = type(id);
		TokenRequest request = TokenRequest.parse(form);
		IssuerGrants.Redemption redemption =
				grants.redeem(type.issuerId(), request.preAuthorizedCode(), request.txCode());
		if (redemption instanceof IssuerGrants.Redemption.WrongTxCode) {
			throw new ProtocolException(OAuthError.INVALID_GRANT, "the " + Oid4vci.TX_CODE + " is wrong");
		}
		if (!(redemption instanceof IssuerGrants.Redemption.Granted granted)) {
			throw new ProtocolException(
					OAuthError.INVALID_GRANT, "the pre-authorised code is unknown, used, expired or out of tries");
		}
		String token = grants.create(IssuerGrants.Kind.ACCESS_TOKEN, type.issuerId(), granted.accountId());
		return json(
				new TokenResponse(token, IssuerGrants.Kind.ACCESS_TOKEN.lifetime.getSeconds()).toJson(),
				CacheControl.noStore());
	}

	@PostMapping(IssuerRoutes.NONCE)
	ResponseEntity<String> nonce(@PathVariable String id) {
		CredentialType type = type(id);
		String nonce;
		try {
			nonce = grants.create(IssuerGrants.Kind.C_NONCE, type.issuerId(), null);
		} catch (IssuerGrants.NoncesExhausted ex) {
			throw new ProtocolException(
					OAuthError.TEMPORARILY_UNAVAILABLE, "too many nonces are live: try again in a minute");
		}
		return json(new NonceResponse(nonce).toJson(), CacheControl.noStore());
	}

	@PostMapping(path = IssuerRoutes.CREDENTIAL, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> credential(
			@PathVariable String id,
			@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody(required = false) String body) {
		CredentialType type = type(id);
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			throw new ProtocolException(OAuthError.INVALID_TOKEN, "send the access token as Bearer");
		}
		List<SdJwt> issued = issueCredential.issue(
				type.issuerId(),
				issuers.identifier(type),
				authorization.substring("Bearer ".length()).trim(),
				body);
		return json(
				new CredentialResponse(issued.stream().map(SdJwt::serialize).toList()).toJson(),
				CacheControl.noStore());
	}

	/**
	 * The Status List Token (Token Status List §8.1), the same for every verifier that asks, signed by
	 * the issuer's newest key; verifiers find that key by {@code kid} in the issuer's metadata.
	 */
	@GetMapping(IssuerRoutes.STATUS)
	ResponseEntity<String> statusList(@PathVariable String id) {
		CredentialType type = type(id);
		return statusListResponse(statusLists
				.token(type.issuerId(), 0, issuers.statusListUrl(type, 0))
				.compact());
	}

	/** A later list of the series; only lists the issuer has opened exist. */
	@GetMapping(IssuerRoutes.STATUS_LIST)
	ResponseEntity<String> statusList(@PathVariable String id, @PathVariable String list) {
		CredentialType type = type(id);
		int number;
		try {
			number = Integer.parseInt(list);
		} catch (NumberFormatException ex) {
			number = -1;
		}
		if (number < 1 || number >= statusLists.lists(type.issuerId())) {
			throw new ProtocolException(HttpStatus.NOT_FOUND, OAuthError.INVALID_REQUEST, "no such status list");
		}
		return statusListResponse(statusLists
				.token(type.issuerId(), number, issuers.statusListUrl(type, number))
				.compact());
	}

	private ResponseEntity<String> statusListResponse(String token) {
		return ResponseEntity.ok()
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(statusLists.ttlSeconds())))
				.contentType(MediaType.parseMediaType("application/statuslist+jwt"))
				.body(token);
	}

	private CredentialType type(String id) {
		return issuers.find(id)
				.orElseThrow(() ->
						new ProtocolException(HttpStatus.NOT_FOUND, OAuthError.INVALID_REQUEST, "no such issuer"));
	}

	private static ResponseEntity<String> json(String body, CacheControl cache) {
		return ResponseEntity.ok()
				.cacheControl(cache)
				.contentType(MediaType.APPLICATION_JSON)
				.body(body);
	}
}
