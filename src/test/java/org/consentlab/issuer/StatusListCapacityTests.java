package org.consentlab.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.account.AccountDeleted;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.Status;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.credential.status.StatusReference;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.consentlab.support.RunningApp;
import org.consentlab.support.TestAccounts;
import org.consentlab.support.WebClient;
import org.consentlab.web.ProtocolException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole class's worth of credentials from one issuer, through the issuer's own code: the status
 * lists grow one after the other, every credential keeps a place of its own, revoking one revokes
 * nothing else, and the caps and releases hold.
 */
class StatusListCapacityTests {

	/**
	 * How many credentials the big test issues: a school year's worth, ten lists, as the capacity
	 * issue asks; {@code -Dcapacity.credentials=} tries another number.
	 */
	private static final int CREDENTIALS = Integer.getInteger("capacity.credentials", 100_000);

	private static RunningApp app;

	private static JdbcClient jdbc;

	private static List<ECKey> holderKeys;

	/** One credential in this many is issued and verified with every signature. */
	private static final int EVERY = 500;

	@BeforeAll
	static void start() throws Exception {
		app = RunningApp.solo();
		jdbc = app.bean(JdbcClient.class);
		holderKeys = new ArrayList<>();
		for (int i = 0; i < PersonalId.BATCH_SIZE; i++) {
			holderKeys.add(new ECKeyGenerator(Curve.P_256).generate());
		}
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	/**
	 * {@value #EVERY}th credential goes the whole way (access token, nonce, key proofs, signed SD-JWT
	 * VC, verified with its status); the others take the same allocation the credential endpoint
	 * makes for each proof, without the signatures, so a class's year fits in a test run.
	 */
	@Test
	void issueWhenHundredThousandCredentialsThenListsGrowAndEachVerifiesAndRevokesAlone() throws Exception {
		CredentialType pid = app.bean(Issuers.class).find(PersonalId.ID).orElseThrow();
		StatusLists lists = app.bean(StatusLists.class);
		JWK issuerKey = app.bean(IssuerKeys.class).signingKey(pid.issuerId()).toPublicJWK();
		Instant exp = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(365));
		int[] list = new int[CREDENTIALS];
		int[] idx = new int[CREDENTIALS];
		long[] owner = new long[CREDENTIALS];
		Map<Integer, String> signed = new HashMap<>();
		long account = 0;
		long fullPath = 0;
		long started = System.nanoTime();
		for (int n = 0; n < CREDENTIALS; ) {
			if (n % StatusLists.PER_LEARNER == 0) {
				account = account("learner-" + n);
			}
			int batch = Math.min(
					PersonalId.BATCH_SIZE,
					Math.min(CREDENTIALS - n, StatusLists.PER_LEARNER - n % StatusLists.PER_LEARNER));
			if (n % EVERY < batch) {
				long before = System.nanoTime();
				for (String credential : issue(pid, account, batch)) {
					StatusReference reference = StatusReference.fromStatusClaim(
							SdJwt.parse(credential).payload().get(SdJwtVc.STATUS));
					list[n] = listOf(reference.uri());
					idx[n] = (int) reference.idx();
					owner[n] = account;
					signed.put(n++, credential);
				}
				fullPath += System.nanoTime() - before;
			} else {
				for (StatusLists.Allocation entry :
						lists.allocate(pid.issuerId(), account, pid.configurationId(), batch, exp)) {
					list[n] = entry.list();
					idx[n] = entry.idx();
					owner[n++] = account;
				}
			}
		}
		long elapsed = System.nanoTime() - started;
		int opened = lists.lists(pid.issuerId());
		System.out.printf(
				"%d credentials in %d ms over %d status lists; %d through the whole credential endpoint path at %.1f ms each%n",
				CREDENTIALS, elapsed / 1_000_000, opened, signed.size(), fullPath / 1e6 / signed.size());

		// no list hands out more than its capacity, so the credentials need at least this many lists
		assertThat(opened).isGreaterThanOrEqualTo((CREDENTIALS + StatusLists.CAPACITY - 1) / StatusLists.CAPACITY);
		BitSet places = new BitSet();
		for (int n = 0; n < CREDENTIALS; n++) {
			int place = list[n] * StatusLists.SIZE + idx[n];
			assertThat(places.get(place))
					.as("credential %d shares its entry", n)
					.isFalse();
			places.set(place);
		}
		Map<Integer, StatusListToken> tokens = tokens(pid, opened);
		for (int n = 0; n < CREDENTIALS; n++) {
			assertThat(tokens.get(list[n]).statusList().get(idx[n])).isEqualTo(Status.VALID.value());
		}
		assertVerified(issuerKey, signed, tokens, new BitSet());

		BitSet revoked = new BitSet();
		for (int n = 0; n < CREDENTIALS; n += 997) {
			revoked.set(n);
		}
		signed.keySet().stream().filter(n -> n % 2 == 0).forEach(revoked::set);
		revoked.stream()
				.forEach(n -> assertThat(lists.set(
								pid.issuerId(), list[n] * StatusLists.SIZE + idx[n], owner[n], Status.INVALID))
						.isTrue());
		assertThat(revoked.stream().map(n -> list[n]).distinct().count()).isEqualTo(opened);
		tokens = tokens(pid, opened);
		for (int n = 0; n < CREDENTIALS; n++) {
			assertThat(tokens.get(list[n]).statusList().get(idx[n]))
					.as("credential %d", n)
					.isEqualTo(revoked.get(n) ? Status.INVALID.value() : Status.VALID.value());
		}
		assertVerified(issuerKey, signed, tokens, revoked);

		String last = app.bean(Issuers.class).statusListUrl(pid, opened - 1);
		HttpResponse<String> published = new WebClient(app)
				.send(HttpRequest.newBuilder(URI.create(app.url(URI.create(last).getPath())))
						.GET()
						.build());
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(StatusListToken.parse(published.body(), 8, 1 << 20).subject())
				.isEqualTo(last);
	}

	/** Every signed credential verifies with its status as the lists say, or is refused as revoked. */
	private static void assertVerified(
			JWK issuerKey, Map<Integer, String> signed, Map<Integer, StatusListToken> tokens, BitSet revoked) {
		Map<String, StatusListToken> byUri = new HashMap<>();
		tokens.values().forEach(token -> byUri.put(token.subject(), token));
		SdJwtVerifier verifier = new SdJwtVerifier(VerificationPolicy.builder(issuerKey)
				.statusListFetcher(byUri::get)
				.build());
		signed.forEach((n, credential) -> {
			VerificationResult result = verifier.verify(credential);
			if (revoked.get(n)) {
				assertThat(result)
						.as("credential %d", n)
						.isInstanceOfSatisfying(
								VerificationResult.Rejected.class,
								rejected -> assertThat(rejected.errors())
										.anyMatch(e -> e.code() == VerificationErrorCode.REVOKED));
			} else {
				assertThat(result).as("credential %d", n).isInstanceOf(VerificationResult.Verified.class);
			}
		});
	}

	@Test
	void issueWhenLearnerHoldsTheCapThenCredentialRequestDenied() throws Exception {
		CredentialType diploma = app.bean(Issuers.class).find("university").orElseThrow();
		long learner = account("capped");
		app.bean(StatusLists.class)
				.allocate(
						diploma.issuerId(),
						learner,
						diploma.configurationId(),
						StatusLists.PER_LEARNER,
						Instant.now().plus(Duration.ofDays(1)));
		assertThatThrownBy(() -> issue(diploma, learner, 1))
				.isInstanceOfSatisfying(
						ProtocolException.class,
						ex -> assertThat(ex.error()).isEqualTo(OAuthError.CREDENTIAL_REQUEST_DENIED));
		assertThat(held(diploma.issuerId(), learner)).isEqualTo(StatusLists.PER_LEARNER);
		assertThat(issue(diploma, account("not-capped"), 1)).hasSize(1);
	}

	@Test
	void allocateWhenEveryListTheIssuerMayOpenIsFullThenNoIndexLeftAndNothingKept() {
		String issuer = "full-issuer";
		for (int n = 0; n < StatusLists.MAX_LISTS; n++) {
			jdbc.sql("INSERT INTO ISSUER_STATUS_LIST (ISSUER_ID, LIST_NO, ALLOCATED, OPENED_AT) VALUES (?, ?, ?, ?)")
					.params(
							issuer,
							n,
							n == StatusLists.MAX_LISTS - 1 ? StatusLists.CAPACITY - 1 : StatusLists.CAPACITY,
							Timestamp.from(Instant.now()))
					.update();
		}
		long learner = account("last-place");
		assertThatThrownBy(() -> app.bean(StatusLists.class)
						.allocate(issuer, learner, "x", 2, Instant.now().plus(Duration.ofDays(1))))
				.isInstanceOfSatisfying(
						StatusLists.Exhausted.class,
						ex -> assertThat(ex.reason).isEqualTo(StatusLists.Exhausted.Reason.NO_INDEX_LEFT));
		assertThat(held(issuer, learner)).isZero();
	}

	@Test
	void releaseWhenCredentialExpiredThenIndexFreeOnlyAfterTheLastTokenCouldHaveExpired() {
		String issuer = "expiring";
		long learner = account("expiring");
		Instant exp = Instant.now().minus(Duration.ofMinutes(30));
		StatusLists lists = app.bean(StatusLists.class);
		StatusListRelease release = app.bean(StatusListRelease.class);
		lists.allocate(issuer, learner, "x", 3, exp);
		lists.allocate(issuer, learner, "x", 1, Instant.now().plus(Duration.ofDays(365)));

		release.releaseExpired(Instant.now());
		assertThat(held(issuer, learner)).isEqualTo(4);

		assertThat(release.releaseExpired(exp.plus(StatusLists.RELEASE_GRACE).plusSeconds(1)))
				.isGreaterThanOrEqualTo(3);
		assertThat(held(issuer, learner)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT ALLOCATED FROM ISSUER_STATUS_LIST WHERE ISSUER_ID = ? AND LIST_NO = 0")
						.param(issuer)
						.query(Integer.class)
						.single())
				.isEqualTo(1);
	}

	@Test
	void accountDeletedThenItsEntriesAreRevokedOwnerlessAndStillTaken() {
		String issuer = "deleting";
		long learner = account("deleted");
		List<StatusLists.Allocation> entries = app.bean(StatusLists.class)
				.allocate(issuer, learner, "x", 2, Instant.now().plus(Duration.ofDays(30)));
		app.bean(TransactionTemplate.class).executeWithoutResult(tx -> {
			app.publish(new AccountDeleted(learner));
			jdbc.sql("DELETE FROM ACCOUNT WHERE ID = ?").param(learner).update();
		});
		List<Integer> statuses = jdbc.sql(
						"SELECT STATUS FROM ISSUER_STATUS WHERE ISSUER_ID = ? AND ACCOUNT_ID IS NULL ORDER BY IDX")
				.param(issuer)
				.query(Integer.class)
				.list();
		assertThat(statuses).hasSize(entries.size()).allMatch(s -> s == Status.INVALID.value());
	}

	/** One credential request, as the credential endpoint makes it, with a fresh access token and nonce. */
	private static List<String> issue(CredentialType type, long account, int batch) throws Exception {
		IssuerGrants grants = app.bean(IssuerGrants.class);
		Issuers issuers = app.bean(Issuers.class);
		String token = grants.create(IssuerGrants.Kind.ACCESS_TOKEN, type.issuerId(), account);
		String nonce = grants.create(IssuerGrants.Kind.C_NONCE, type.issuerId(), null);
		String identifier = issuers.identifier(type);
		List<String> proofs = new ArrayList<>();
		for (int i = 0; i < batch; i++) {
			proofs.add(proof(holderKeys.get(i), identifier, nonce));
		}
		String body = Json.write(Map.of(
				Oid4vci.CREDENTIAL_CONFIGURATION_ID, type.configurationId(), Oid4vci.PROOFS, Map.of("jwt", proofs)));
		return app.bean(IssueCredential.class).issue(type.issuerId(), identifier, token, body).stream()
				.map(credential -> credential.serialize())
				.toList();
	}

	private static String proof(ECKey key, String audience, String nonce) throws Exception {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256)
						.type(new JOSEObjectType(Oid4vci.PROOF_JWT_TYP))
						.jwk(key.toPublicJWK())
						.build(),
				new JWTClaimsSet.Builder()
						.audience(audience)
						.issueTime(Date.from(Instant.now()))
						.claim(Oid4vci.NONCE, nonce)
						.build());
		jwt.sign(new ECDSASigner(key));
		return jwt.serialize();
	}

	private static Map<Integer, StatusListToken> tokens(CredentialType type, int opened) {
		Map<Integer, StatusListToken> tokens = new HashMap<>();
		for (int n = 0; n < opened; n++) {
			tokens.put(
					n,
					app.bean(StatusLists.class)
							.token(type.issuerId(), n, app.bean(Issuers.class).statusListUrl(type, n)));
		}
		return tokens;
	}

	private static int listOf(String uri) {
		int at = uri.lastIndexOf("/status/");
		return at < 0 ? 0 : Integer.parseInt(uri.substring(at + "/status/".length()));
	}

	private static int held(String issuer, long account) {
		return jdbc.sql("SELECT COUNT(*) FROM ISSUER_STATUS WHERE ISSUER_ID = ? AND ACCOUNT_ID = ?")
				.params(issuer, account)
				.query(Integer.class)
				.single();
	}

	private static long account(String name) {
		return TestAccounts.learner(jdbc, name, name.hashCode());
	}
}
