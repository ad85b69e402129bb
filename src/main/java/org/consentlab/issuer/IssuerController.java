package org.consentlab.issuer;

import java.util.ArrayList;
import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.account.ConsentLabProperties;
import org.consentlab.account.CurrentAccount;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.status.Status;
import org.consentlab.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An issuer's page for a learner: a fresh Credential Offer for each document it issues (OpenID4VCI
 * 1.0 §4.1.1), with a transaction code on request where the issuer supports one, and a batch offer
 * where it issues one-time credentials; links to its metadata and status list; its signing keys;
 * and the status of what it issued to this learner, with a way to report the document lost (which
 * revokes it) and, in solo mode, to suspend and reinstate it.
 */
@Controller
class IssuerController {

	private final CurrentAccount current;

	private final Issuers issuers;

	private final IssuerOffers offers;

	private final StatusLists statusLists;

	private final IssuerStatus issuerStatus;

	private final IssuerKeys keys;

	private final IssuerKeyAdministration administration;

	private final ConsentLabProperties properties;

	IssuerController(
			CurrentAccount current,
			Issuers issuers,
			IssuerOffers offers,
			StatusLists statusLists,
			IssuerStatus issuerStatus,
			IssuerKeys keys,
			IssuerKeyAdministration administration,
			ConsentLabProperties properties) {
		this.current = current;
		this.issuers = issuers;
		this.offers = offers;
		this.statusLists = statusLists;
		this.issuerStatus = issuerStatus;
		this.keys = keys;
		this.administration = administration;
		this.properties = properties;
	}

	/** The learner reports their document lost or stolen: the issuer revokes what it issued to them. */
	@PostMapping(IssuerRoutes.REVOKE)
	String revoke(@PathVariable String id) {
		return setAll(id, Status.INVALID);
	}

	/** Solo mode's demonstration of suspension (Token Status List §7.1): a status that can be undone. */
	@PostMapping(IssuerRoutes.SUSPEND)
	String suspend(@PathVariable String id) {
		requireSolo();
		return setAll(id, Status.SUSPENDED);
	}

	@PostMapping(IssuerRoutes.REINSTATE)
	String reinstate(@PathVariable String id) {
		requireSolo();
		return setAll(id, Status.VALID);
	}

	@GetMapping(IssuerRoutes.PAGE)
	String page(
			@PathVariable String id,
			@RequestParam(name = Oid4vci.TX_CODE, required = false) String txCode,
			CsrfToken csrf,
			Model model) {
		// the page is long: load the token for its forms before the response is committed
		csrf.getToken();
		CredentialType issuer = issuer(id);
		Account me = current.require();
		boolean withTxCode = txCode != null;
		List<IssuerOffers.Offer> shown = new ArrayList<>();
		for (CredentialType type : issuers.types(id)) {
			shown.add(offers.create(type, me.id(), withTxCode && type.offersTxCode(), 1));
			if (type.batchSize() > 1) {
				shown.add(offers.create(type, me.id(), false, Math.min(IssuerOffers.BATCH, type.batchSize())));
			}
		}
		model.addAttribute("issuer", issuer);
		model.addAttribute("offers", shown);
		model.addAttribute("txCodeOption", issuers.types(id).stream().anyMatch(CredentialType::offersTxCode));
		model.addAttribute("withTxCode", withTxCode);
		model.addAttribute("txCodeParameter", Oid4vci.TX_CODE);
		model.addAttribute("page", IssuerRoutes.of(IssuerRoutes.PAGE, id));
		model.addAttribute("vciMetadata", IssuerRoutes.of(IssuerRoutes.VCI_METADATA, id));
		model.addAttribute("jwtVcMetadata", IssuerRoutes.of(IssuerRoutes.JWT_VC_METADATA, id));
		model.addAttribute("identifier", issuers.identifier(issuer));
		model.addAttribute("entries", statusLists.of(id, me.id()));
		model.addAttribute("statusList", IssuerRoutes.of(IssuerRoutes.STATUS, id));
		model.addAttribute("revoke", IssuerRoutes.of(IssuerRoutes.REVOKE, id));
		model.addAttribute("suspend", IssuerRoutes.of(IssuerRoutes.SUSPEND, id));
		model.addAttribute("reinstate", IssuerRoutes.of(IssuerRoutes.REINSTATE, id));
		model.addAttribute("solo", properties.solo());
		model.addAttribute("canRotate", properties.solo());
		model.addAttribute("signingKid", keys.signingKey(id).getKeyID());
		model.addAttribute(
				"publishedKids",
				keys.publicKeys(id).stream().map(key -> key.getKeyID()).toList());
		model.addAttribute("rotate", IssuerRoutes.of(IssuerRoutes.ROTATE, id));
		model.addAttribute("retire", IssuerRoutes.of(IssuerRoutes.RETIRE, id));
		model.addAttribute("exercise", issuerStatus.exerciseIndex(id, me.seed()));
		return "issuer/page";
	}

	/**
	 * A new signing key; the old one stays in the JWKS for its grace period. Solo mode only: in a
	 * classroom the issuers serve every class, so their keys are the server administrator's
	 * ({@code issuer-keys rotate} on the command line, see {@link IssuerKeyAdministration}).
	 */
	@PostMapping(IssuerRoutes.ROTATE)
	String rotate(@PathVariable String id) {
		issuer(id);
		requireKeyManager();
		administration.rotate(id, current.require().username());
		return "redirect:" + IssuerRoutes.of(IssuerRoutes.PAGE, id) + "#keys-title";
	}

	/** Ends the grace period of rotated-out keys: what they signed stops verifying. */
	@PostMapping(IssuerRoutes.RETIRE)
	String retire(@PathVariable String id) {
		issuer(id);
		requireKeyManager();
		administration.retireOldKeys(id, current.require().username());
		return "redirect:" + IssuerRoutes.of(IssuerRoutes.PAGE, id) + "#keys-title";
	}

	private String setAll(String id, Status status) {
		statusLists.setAll(issuer(id).issuerId(), current.require().id(), status);
		return "redirect:" + IssuerRoutes.of(IssuerRoutes.PAGE, id) + "#status-title";
	}

	private CredentialType issuer(String id) {
		return issuers.find(id).orElseThrow(() -> new NotFoundException("notfound.issuer", id));
	}

	private void requireSolo() {
		if (!properties.solo()) {
			throw new AccessDeniedException("in a classroom, the instructor sets statuses");
		}
	}

	private void requireKeyManager() {
		if (!properties.solo()) {
			throw new AccessDeniedException("in a classroom, issuer keys are managed on the server's command line");
		}
	}
}
