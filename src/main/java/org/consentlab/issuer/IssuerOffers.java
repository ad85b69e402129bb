package org.consentlab.issuer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentlab.credential.jose.Json;
import org.consentlab.wallet.WalletRoutes;
import org.consentlab.web.Loopback;
import org.consentlab.web.QrCodes;
import org.springframework.stereotype.Component;

/**
 * Makes Credential Offers (OpenID4VCI 1.0 §4.1.1) for a learner: one pre-authorised code per offer,
 * optionally guarded by a transaction code ({@code tx_code}: six digits, numeric input) that the
 * issuer hands over by another channel, and shown as a same-device link, a QR code and the
 * {@code openid-credential-offer://} URI.
 */
@Component
class IssuerOffers {

	/** The custom URL scheme of credential offers (OpenID4VCI 1.0 §4.1). */
	static final String OFFER_SCHEME = "openid-credential-offer://";

	static final int TX_CODE_LENGTH = 6;

	/** How many one-time credentials the issuer page's batch offer asks the wallet to fetch. */
	static final int BATCH = 3;

	/** One offer as the issuer page shows it; {@code txCode} is null when the offer needs none. */
	record Offer(CredentialType type, String json, String walletLink, String offerUri, String qr, String txCode,
			int batch) {
	}

	private final Issuers issuers;

	private final IssuerGrants grants;

	private final Loopback loopback;

	private final SecureRandom random = new SecureRandom();

	IssuerOffers(Issuers issuers, IssuerGrants grants, Loopback loopback) {
		this.issuers = issuers;
		this.grants = grants;
		this.loopback = loopback;
	}

	/** A fresh offer of {@code type} for the learner; a batch offer asks the wallet for {@code batch} credentials. */
	Offer create(CredentialType type, long accountId, boolean withTxCode, int batch) {
		String txCode = withTxCode ? txCode() : null;
		String code = grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, type.issuerId(), accountId, txCode);
		Map<String, Object> grant = new LinkedHashMap<>();
		grant.put("pre-authorized_code", code);
		if (txCode != null) {
			grant.put("tx_code", Map.of("input_mode", "numeric", "length", TX_CODE_LENGTH, "description",
					"The code the migration service sent you by text message"));
		}
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("credential_issuer", issuers.identifier(type));
		offer.put("credential_configuration_ids", List.of(type.configurationId()));
		offer.put("grants", Map.of(IssuerEndpoint.PRE_AUTHORIZED_GRANT, grant));
		String json = Json.write(offer);
		String query = "credential_offer=" + URLEncoder.encode(json, StandardCharsets.UTF_8)
				+ (batch > 1 ? "&batch=" + batch : "");
		return new Offer(type, json, WalletRoutes.OFFERS + "?" + query, OFFER_SCHEME + "?" + query,
				QrCodes.dataUri(loopback.publicUrl(WalletRoutes.OFFERS) + "?" + query), txCode, batch);
	}

	private String txCode() {
		return String.format("%0" + TX_CODE_LENGTH + "d", random.nextInt(1_000_000));
	}
}
