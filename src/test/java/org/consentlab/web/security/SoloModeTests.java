package org.consentlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletContext;
import java.util.Arrays;
import org.consentlab.ConsentLabApplication;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.web.FilterChainProxy;

/** Solo mode is protected by where it listens and by the Host it answers to (DNS rebinding). */
class SoloModeTests {

	private static RunningApp solo;

	@BeforeAll
	static void start() {
		solo = RunningApp.sharedSolo();
	}

	@AfterAll
	static void stop() {
		solo.close();
	}

	@Test
	void requestWhenHostIsLoopbackThenAnswered() {
		for (String host : new String[] {
			"localhost:" + solo.port(), "127.0.0.1:" + solo.port(), "[::1]:" + solo.port(), "LOCALHOST"
		}) {
			assertThat(RawHttp.status(RawHttp.get(solo.port(), "/labs", host)))
					.as(host)
					.isEqualTo(200);
		}
	}

	@Test
	void requestWhenHostIsAnotherNameThenMisdirectedWithAMessage() {
		for (String host : new String[] {
			"attacker.example", "attacker.example:" + solo.port(), "localhost.attacker.example", "127.0.0.1.nip.io"
		}) {
			String response = RawHttp.get(solo.port(), "/labs", host);
			assertThat(RawHttp.status(response)).as(host).isEqualTo(421);
			assertThat(response)
					.contains("solo mode answers only at http://localhost")
					.doesNotContain("<html");
		}
	}

	@Test
	void postWhenHostIsAnotherNameThenRefusedBeforeAnythingRuns() {
		String response = RawHttp.exchange(
				solo.port(),
				"POST /labs/L0/reset HTTP/1.1\r\nHost: attacker.example\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 0",
				new byte[0]);
		assertThat(RawHttp.status(response)).isEqualTo(421);
	}

	@Test
	void startWhenSoloAskedToListenOnTheNetworkThenRefusedWithAClearMessage() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ConsentLabApplication.class)
						.run(
								"--server.port=0",
								"--server.address=0.0.0.0",
								"--logging.level.root=off",
								"--spring.datasource.url=jdbc:h2:mem:solo-bind;DB_CLOSE_DELAY=-1")
						.close())
				.hasRootCauseInstanceOf(StartupRefusedException.class)
				.rootCause()
				.hasMessageContaining("server.address is '0.0.0.0' (not a loopback address)");
	}

	@Test
	void classroomWhenStartedThenNoSoloSignInFilterAnywhere() {
		try (RunningApp classroom = RunningApp.sharedClassroomOnPostgres()) {
			assertThatThrownBy(() -> classroom.bean(SoloSignInFilter.class))
					.isInstanceOf(NoSuchBeanDefinitionException.class);
			assertThatThrownBy(() -> classroom.bean(LoopbackHostFilter.class))
					.isInstanceOf(NoSuchBeanDefinitionException.class);
			var registered = classroom.bean(ServletContext.class).getFilterRegistrations().values().stream()
					.map(r -> r.getClassName())
					.toList();
			assertThat(registered).noneMatch(name -> name.contains("SoloSignIn"));
			assertThat(classroom.bean(FilterChainProxy.class).getFilterChains())
					.allSatisfy(chain -> assertThat(chain.getFilters()).noneMatch(SoloSignInFilter.class::isInstance));
		}
		assertThat(Arrays.stream(solo.bean(FilterChainProxy.class)
						.getFilterChains()
						.get(1)
						.getFilters()
						.toArray()))
				.anyMatch(SoloSignInFilter.class::isInstance);
	}
}
