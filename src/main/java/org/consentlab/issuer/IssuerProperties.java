package org.consentlab.issuer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issuers' settings, under {@code consentlab.issuers.}.
 *
 * @param statusListTtl how long a verifier may keep a Status List Token before fetching it again
 *     (draft-ietf-oauth-status-list §5.1 {@code ttl}, whole seconds): short, so a revocation shows
 *     within seconds, as lab L11 asks the learner to see
 */
@ConfigurationProperties("consentlab.issuers")
public record IssuerProperties(@DefaultValue("5s") Duration statusListTtl) {

	public IssuerProperties {
		if (statusListTtl.toSeconds() < 1 || statusListTtl.compareTo(StatusLists.TOKEN_LIFETIME) > 0) {
			throw new IllegalArgumentException(
					"consentlab.issuers.status-list-ttl: between 1 s and the token's lifetime of "
							+ StatusLists.TOKEN_LIFETIME.toMinutes() + " minutes");
		}
	}

	/** The ttl as the token and the {@code Cache-Control} header carry it. */
	long statusListTtlSeconds() {
		return statusListTtl.toSeconds();
	}
}
