package org.consentlab.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The status lists' ttl: whole seconds a verifier can honour, never longer than the token lives. */
class IssuerPropertiesTests {

	@Test
	void ttlWhenWithinTheTokenLifetimeThenCarriedInWholeSeconds() {
		assertThat(new IssuerProperties(Duration.ofSeconds(5)).statusListTtlSeconds())
				.isEqualTo(5);
		assertThat(new IssuerProperties(StatusLists.TOKEN_LIFETIME).statusListTtlSeconds())
				.isEqualTo(StatusLists.TOKEN_LIFETIME.toSeconds());
	}

	@Test
	void ttlWhenUnderASecondOrBeyondTheTokenLifetimeThenStartUpRefused() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new IssuerProperties(Duration.ofMillis(500)))
				.withMessageContaining("consentlab.issuers.status-list-ttl");
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new IssuerProperties(StatusLists.TOKEN_LIFETIME.plusSeconds(1)));
	}
}
