package org.consentlab.issuer;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rotation and retirement of the issuers' signing keys by whoever runs the server. The issuers are
 * shared by every class on a deployment, so a key change breaks or re-keys every class's credentials
 * at once: in classroom mode it is the deployment administrator's act, taken on the command line
 * ({@code issuer-keys}), never an instructor's button (an instructor runs only their classes).
 * Each change is logged with the kid it made or the number of keys it retired.
 */
@Service
public class IssuerKeyAdministration {

	private static final Logger log = LoggerFactory.getLogger(IssuerKeyAdministration.class);

	private final Issuers issuers;

	private final IssuerKeys keys;

	IssuerKeyAdministration(Issuers issuers, IssuerKeys keys) {
		this.issuers = issuers;
		this.keys = keys;
	}

	/** The ids of the issuers whose keys can be managed. */
	public List<String> issuerIds() {
		return issuers.ids();
	}

	/** The kid the issuer signs with now; empty for an unknown issuer. */
	public Optional<String> signingKid(String issuerId) {
		return issuers.find(issuerId).map(issuer -> keys.signingKey(issuerId).getKeyID());
	}

	/** A new signing key (the old one stays published for {@link IssuerKeys#GRACE}); empty for an unknown issuer. */
	public Optional<String> rotate(String issuerId, String by) {
		return issuers.find(issuerId).map(issuer -> {
			String kid = keys.rotate(issuerId);
			log.warn("Issuer {}: signing key rotated to kid {} by {}", issuerId, kid, by);
			return kid;
		});
	}

	/** Ends the grace period of rotated-out keys now; how many left the JWKS, or empty for an unknown issuer. */
	public Optional<Integer> retireOldKeys(String issuerId, String by) {
		return issuers.find(issuerId).map(issuer -> {
			int retired = keys.retireOldKeys(issuerId);
			log.warn("Issuer {}: {} rotated-out key(s) retired by {}", issuerId, retired, by);
			return retired;
		});
	}
}
