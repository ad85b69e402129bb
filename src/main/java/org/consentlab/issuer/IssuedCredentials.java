package org.consentlab.issuer;

import java.util.ArrayList;
import java.util.List;
import org.consentlab.credential.status.Status;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * What the issuers gave one learner, each credential with its entry in the issuer's Token Status
 * List (§7.1: valid, invalid = revoked, suspended), and the one way outside the issuer to change an
 * entry: the instructor's class page uses it, without reaching into the issuer's tables.
 */
@Service
public class IssuedCredentials {

	/**
	 * One credential of one learner.
	 *
	 * @param issuerNameKey message key of the issuer's display name
	 * @param idx the entry's position across the issuer's numbered status lists ({@code list × size +
	 *     index}); for the first list, the index itself
	 */
	public record Issued(String issuerId, String issuerNameKey, String configurationId, int idx, Status status) {}

	private final Issuers issuers;

	private final StatusLists statusLists;

	IssuedCredentials(Issuers issuers, StatusLists statusLists) {
		this.issuers = issuers;
		this.statusLists = statusLists;
	}

	/** Every credential issued to the learner, by issuer, newest first within each issuer. */
	public List<Issued> to(long accountId) {
		List<Issued> issued = new ArrayList<>();
		for (String issuerId : issuers.ids()) {
			CredentialType issuer = issuers.find(issuerId).orElseThrow();
			for (StatusLists.Entry entry : statusLists.of(issuerId, accountId)) {
				issued.add(new Issued(
						issuerId, issuer.nameKey(), entry.configurationId(), entry.position(), entry.status()));
			}
		}
		return issued;
	}

	/**
	 * Sets the status of the learner's entry at position {@code idx} (see {@link Issued}) in the issuer's lists; a revoked entry stays
	 * revoked, and an entry that is not the learner's is left alone.
	 *
	 * @throws NotFoundException when no issuer is called {@code issuerId}
	 */
	public void setStatus(String issuerId, int idx, long accountId, Status status) {
		CredentialType type =
				issuers.find(issuerId).orElseThrow(() -> new NotFoundException("notfound.issuer", issuerId));
		statusLists.set(type.issuerId(), idx, accountId, status);
	}
}
