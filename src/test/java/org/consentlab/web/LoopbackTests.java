package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Whatever URL a caller passes, a loopback call goes to this app on 127.0.0.1 and nowhere else. */
class LoopbackTests {

	@Test
	void pinWhenAbsoluteUrlNamesAnotherHostThenOnlyPathAndQueryAreKept() throws IOException {
		URI pinned = Loopback.pin(URI.create("https://evil.example:9999/issuers/pid/token?x=1&y=%2F"), 8080);
		assertThat(pinned).hasToString("http://127.0.0.1:8080/issuers/pid/token?x=1&y=%2F");
	}

	@Test
	void pinWhenRelativeReferenceStartsWithAtThenRefusedInsteadOfMovingTheHost() {
		// joined as a string this was http://127.0.0.1:8080@evil.example/x: host evil.example
		assertThatThrownBy(() -> Loopback.pin(URI.create("@evil.example/x"), 8080))
				.isInstanceOf(IOException.class);
	}

	@Test
	void pinWhenNetworkPathOrOpaqueThenHostStaysLoopback() throws IOException {
		assertThat(Loopback.pin(URI.create("//evil.example/x"), 8080).getHost()).isEqualTo("127.0.0.1");
		assertThat(Loopback.pin(URI.create("/a/@evil.example"), 8080).getHost()).isEqualTo("127.0.0.1");
		assertThatThrownBy(() -> Loopback.pin(URI.create("mailto:a@evil.example"), 8080))
				.isInstanceOf(IOException.class);
	}
}
