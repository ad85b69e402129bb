package org.consentlab.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.consentlab.credential.vc.JwtVcIssuerMetadata;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An issuer's first key is made once, however many learners open the issuer at the same moment,
 * and its metadata never lists more keys than it may publish.
 */
class IssuerKeysTests {

	@Test
	void signingKeyWhenAClassAsksAtOnceThenOneKeyAndMetadataStaysValid() throws Exception {
		try (RunningApp app = RunningApp.solo()) {
			IssuerKeys keys = app.bean(IssuerKeys.class);
			JdbcClient jdbc = app.bean(JdbcClient.class);
			jdbc.sql("DELETE FROM ISSUER_KEY WHERE ISSUER_ID = 'pid'").update();
			int learners = 24;
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(learners);
			List<CompletableFuture<JWK>> asked = new ArrayList<>();
			for (int i = 0; i < learners; i++) {
				asked.add(CompletableFuture.supplyAsync(
						() -> {
							try {
								go.await();
							} catch (InterruptedException ex) {
								Thread.currentThread().interrupt();
							}
							return keys.signingKey("pid");
						},
						threads));
			}
			go.countDown();
			List<String> kids = new ArrayList<>();
			for (CompletableFuture<JWK> each : asked) {
				kids.add(each.get().getKeyID());
			}
			threads.shutdown();

			assertThat(kids).as("every learner signs with the one key").containsOnly(kids.get(0));
			assertThat(jdbc.sql("SELECT COUNT(*) FROM ISSUER_KEY WHERE ISSUER_ID = 'pid'")
							.query(Long.class)
							.single())
					.isEqualTo(1);

			for (int i = 0; i < JwtVcIssuerMetadata.MAX_KEYS + 3; i++) {
				keys.rotate("pid");
			}
			assertThat(keys.publicKeys("pid")).hasSize(JwtVcIssuerMetadata.MAX_KEYS);
			assertThat(new WebClient(app)
							.get("/.well-known/jwt-vc-issuer/issuers/pid")
							.statusCode())
					.as("the metadata of an issuer rotated more often than it may publish")
					.isEqualTo(200);
		}
	}
}
