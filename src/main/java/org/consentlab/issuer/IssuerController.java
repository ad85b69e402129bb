package org.consentlab.issuer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.jose.Json;
import org.consentlab.wallet.WalletRoutes;
import org.consentlab.web.Loopback;
import org.consentlab.web.NotFoundException;
import org.consentlab.web.QrCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An issuer's page for a learner: a fresh Credential Offer with a pre-authorised code for this
 * learner (OpenID4VCI 1.0 §4.1.1), as a same-device link to the wallet, as a QR code for another
 * device, and as the {@code openid-credential-offer://} URI other wallets use; links to the
 * issuer's metadata and status list; and the status of what it issued to this learner, with a way
 * to report the document lost (which revokes it).
 */
@Controller
class IssuerController {

	/** The custom URL scheme of credential offers (OpenID4VCI 1.0 §4.1). */
	static final String OFFER_SCHEME = "openid-credential-offer://";

	private final CurrentAccount current;

	private final Issuers issuers;

	private final IssuerGrants grants;

	private final Loopback loopback;

	private final StatusLists statusLists;

	private final IssuerStatus issuerStatus;

	IssuerController(CurrentAccount current, Issuers issuers, IssuerGrants grants, Loopback loopback,
			StatusLists statusLists, IssuerStatus issuerStatus) {
		this.current = current;
		this.issuers = issuers;
		this.grants = grants;
		this.loopback = loopback;
		this.statusLists = statusLists;
		this.issuerStatus = issuerStatus;
	}

	/** The learner reports their document lost or stolen: the issuer revokes what it issued to them. */
	@PostMapping(IssuerRoutes.REVOKE)
	String revoke(@PathVariable String id) {
		CredentialType type = issuers.find(id).orElseThrow(() -> new NotFoundException("notfound.issuer", id));
		statusLists.revokeAll(type.issuerId(), current.require().id());
		return "redirect:" + IssuerRoutes.of(IssuerRoutes.PAGE, id) + "#status-title";
	}

	@GetMapping(IssuerRoutes.PAGE)
	String page(@PathVariable String id, Model model) {
		CredentialType type = issuers.find(id).orElseThrow(() -> new NotFoundException("notfound.issuer", id));
		String code = grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, type.issuerId(), current.require().id());
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("credential_issuer", issuers.identifier(type));
		offer.put("credential_configuration_ids", List.of(type.configurationId()));
		offer.put("grants", Map.of(IssuerEndpoint.PRE_AUTHORIZED_GRANT, Map.of("pre-authorized_code", code)));
		String offerJson = Json.write(offer);
		String query = "credential_offer=" + URLEncoder.encode(offerJson, StandardCharsets.UTF_8);
		model.addAttribute("issuer", type);
		model.addAttribute("offerJson", offerJson);
		model.addAttribute("walletLink", WalletRoutes.OFFERS + "?" + query);
		model.addAttribute("offerUri", OFFER_SCHEME + "?" + query);
		model.addAttribute("qr", QrCodes.dataUri(loopback.publicUrl(WalletRoutes.OFFERS) + "?" + query));
		model.addAttribute("vciMetadata", IssuerRoutes.of(IssuerRoutes.VCI_METADATA, id));
		model.addAttribute("jwtVcMetadata", IssuerRoutes.of(IssuerRoutes.JWT_VC_METADATA, id));
		model.addAttribute("identifier", issuers.identifier(type));
		model.addAttribute("entries", statusLists.of(type.issuerId(), current.require().id()));
		model.addAttribute("statusList", IssuerRoutes.of(IssuerRoutes.STATUS, id));
		model.addAttribute("revoke", IssuerRoutes.of(IssuerRoutes.REVOKE, id));
		model.addAttribute("exercise", issuerStatus.exerciseIndex(type.issuerId(), current.require().seed()));
		return "issuer/page";
	}
}
