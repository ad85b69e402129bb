package org.consentlab.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.consentlab.support.RunningApp;
import org.consentlab.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in account is read once per request and kept for that request only, under the
 * principal's name: a second principal on the same thread gets its own, and the next request
 * reads the database again.
 */
class CurrentAccountTests {

	private static RunningApp app;

	private static JdbcClient jdbc;

	private static CurrentAccount current;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroom();
		jdbc = app.bean(JdbcClient.class);
		current = app.bean(CurrentAccount.class);
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void findWhenAskedAgainInOneRequestThenKeptAndWhenNextRequestThenReadAgain() {
		long id = TestAccounts.learner(jdbc, "ca-nalani", 1);
		signIn("ca-nalani");

		newRequest();
		assertThat(current.find()).map(Account::id).hasValue(id);
		rename(id, "ca-nalani-renamed");
		assertThat(current.find())
				.as("kept for the rest of the request")
				.map(Account::id)
				.hasValue(id);

		newRequest();
		assertThat(current.find()).as("read again in the next request").isEmpty();
		rename(id, "ca-nalani");
		assertThat(current.find()).map(Account::id).hasValue(id);
	}

	@Test
	void findWhenAnotherPrincipalInTheSameRequestThenTheirOwnAccount() {
		long tomas = TestAccounts.learner(jdbc, "ca-tomas", 2);
		long wen = TestAccounts.learner(jdbc, "ca-wen", 3);
		newRequest();
		signIn("ca-tomas");
		assertThat(current.find()).map(Account::id).hasValue(tomas);
		signIn("ca-wen");
		assertThat(current.find()).map(Account::id).hasValue(wen);
		SecurityContextHolder.clearContext();
		assertThat(current.find()).as("signed out").isEqualTo(Optional.empty());
	}

	@Test
	void findWhenOutsideARequestThenReadEachTime() {
		long id = TestAccounts.learner(jdbc, "ca-ines", 4);
		signIn("ca-ines");
		assertThat(current.find()).map(Account::id).hasValue(id);
		rename(id, "ca-ines-renamed");
		assertThat(current.find()).isEmpty();
	}

	private static void newRequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

	private static void signIn(String username) {
		SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
	}

	private static void rename(long id, String username) {
		jdbc.sql("UPDATE ACCOUNT SET USERNAME = ?, USERNAME_KEY = ? WHERE ID = ?")
				.params(username, Usernames.key(username), id)
				.update();
	}
}
