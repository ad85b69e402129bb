package org.consentlab.issuer;

import java.security.SecureRandom;
import java.util.List;
import org.consentlab.credential.oauth.WalletEndpoints;
import org.consentlab.credential.oid4vci.CredentialOffer;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.oid4vci.TxCode;
import org.springframework.stereotype.Component;

/**
 * Makes Credential Offers (OpenID4VCI 1.0 §4.1.1) for a learner: one pre-authorised code per offer,
 * optionally guarded by a transaction code (six digits, numeric input) that the
 * issuer hands over by another channel, and shown as a same-device link, a QR code and the
 * {@code openid-credential-offer://} URI.
 */
@Component
class IssuerOffers {

	static final int TX_CODE_LENGTH = 6;

	/** How many one-time credentials the issuer page's batch offer asks the wallet to fetch. */
	static final int BATCH = 3;

	/** One offer as the issuer page shows it; {@code txCode} is null when the offer needs none. */
	record Offer(CredentialType type, String json, String walletLink, String offerUri, String txCode, int batch) {}

	private final Issuers issuers;

	private final IssuerGrants grants;

	private final WalletEndpoints wallet;

	private final SecureRandom random = new SecureRandom();

	IssuerOffers(Issuers issuers, IssuerGrants grants, WalletEndpoints wallet) {
		this.issuers = issuers;
		this.grants = grants;
		this.wallet = wallet;
	}

	/** A fresh offer of {@code type} for the learner; a batch offer asks the wallet for {@code batch} credentials. */
	Offer create(CredentialType type, long accountId, boolean withTxCode, int batch) {
		String txCode = withTxCode ? txCode() : null;
		String code = grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, type.issuerId(), accountId, txCode);
		CredentialOffer offer = new CredentialOffer(
				issuers.identifier(type),
				List.of(type.configurationId()),
				code,
				txCode == null
						? null
						: new TxCode(
								Oid4vci.INPUT_MODE_NUMERIC,
								TX_CODE_LENGTH,
								"The code the migration service sent you by text message"));
		String extra = batch > 1 ? "&batch=" + batch : "";
		return new Offer(
				type,
				offer.toJson(),
				offer.toOfferUri(wallet.credentialOfferEndpoint()) + extra,
				offer.toOfferUri(Oid4vci.OFFER_SCHEME) + extra,
				txCode,
				batch);
	}

	private String txCode() {
		return String.format("%0" + TX_CODE_LENGTH + "d", random.nextInt(1_000_000));
	}
}
