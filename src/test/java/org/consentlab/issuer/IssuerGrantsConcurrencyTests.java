package org.consentlab.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.consentlab.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Many learners receive at once, as a class does at the start of a lesson: each opens an issuer's page
 * (new offers, older ones pruned), redeems an offer (with and without a transaction code), and uses
 * the access token, on a real database through a connection pool, each step in its own transaction as
 * in the app. No learner's step may wait on another's row lock (a lock timeout would fail the step),
 * and one learner's double click on the same offer gets exactly one credential and one clear refusal.
 */
class IssuerGrantsConcurrencyTests {

	private static final int LEARNERS = 24;

	private static final int ROUNDS = 6;

	/** Longer than any one statement takes here, far shorter than a transaction that waits on another's. */
	private static final int LOCK_WAIT_MS = 500;

	/**
	 * Yesterday's offers per learner, for the purge to delete while the class works: on H2 the old
	 * single-statement purge of these 12,000 rows made learners wait past {@link #LOCK_WAIT_MS} in
	 * three runs of three (250 per learner: one in three); {@code -Dgrants.expired-per-learner=} tries another number.
	 */
	private static final int EXPIRED_PER_LEARNER = Integer.getInteger("grants.expired-per-learner", 500);

	@ParameterizedTest
	@ValueSource(strings = {"h2", "postgres"})
	void offersAndRedemptionsWhenManyLearnersAtOnceThenNoneWaitsOnAnotherAndNoneFails(String database)
			throws Exception {
		try (HikariDataSource source = pool(database)) {
			JdbcClient jdbc = JdbcClient.create(source);
			IssuerGrants grants = asInTheApp(new IssuerGrants(jdbc), source);
			List<Long> learners = new ArrayList<>();
			for (int i = 0; i < LEARNERS; i++) {
				learners.add(account(jdbc, "grant-" + i));
			}
			// yesterday's offers, not yet purged: the schedule's purge runs while the class works
			List<Object[]> expired = new ArrayList<>();
			for (long learner : learners) {
				for (int i = 0; i < EXPIRED_PER_LEARNER; i++) {
					expired.add(new Object[] {
						UUID.randomUUID().toString(),
						learner,
						Timestamp.from(Instant.now().minus(Duration.ofHours(1)).plusMillis(i))
					});
				}
			}
			new JdbcTemplate(source)
					.batchUpdate(
							"INSERT INTO ISSUER_GRANT (SECRET, KIND, ISSUER_ID, ACCOUNT_ID, EXPIRES_AT) "
									+ "VALUES (?, 'PRE_AUTHORIZED_CODE', 'pid', ?, ?)",
							expired);
			CyclicBarrier start = new CyclicBarrier(LEARNERS + 1);
			List<Callable<Integer>> work = new ArrayList<>();
			work.add(() -> {
				start.await(1, TimeUnit.MINUTES);
				grants.purgeExpired(Instant.now());
				return 2 * ROUNDS;
			});
			for (long learner : learners) {
				work.add(() -> {
					start.await(1, TimeUnit.MINUTES);
					int granted = 0;
					for (int round = 0; round < ROUNDS; round++) {
						// the issuer's page: an offer, a batch offer, a permit with a transaction code
						String code = grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "pid", learner);
						grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "pid", learner);
						String permit =
								grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "migration", learner, "123456");
						if (grants.redeem("pid", code, null) instanceof IssuerGrants.Redemption.Granted) {
							String token = grants.create(IssuerGrants.Kind.ACCESS_TOKEN, "pid", learner);
							assertThat(grants.consume(IssuerGrants.Kind.ACCESS_TOKEN, "pid", token))
									.isTrue();
							granted++;
						}
						assertThat(grants.redeem("migration", permit, "000000"))
								.isInstanceOf(IssuerGrants.Redemption.WrongTxCode.class);
						if (grants.redeem("migration", permit, "123456") instanceof IssuerGrants.Redemption.Granted) {
							granted++;
						}
					}
					return granted;
				});
			}
			ExecutorService pool = Executors.newFixedThreadPool(LEARNERS + 1);
			try {
				for (Future<Integer> learner : pool.invokeAll(work)) {
					assertThat(learner.get()).isEqualTo(2 * ROUNDS);
				}
			} finally {
				pool.shutdown();
			}
			assertThat(jdbc.sql("SELECT COUNT(*) FROM ISSUER_GRANT WHERE ACCOUNT_ID = ?")
							.param(learners.get(0))
							.query(Integer.class)
							.single())
					.isLessThanOrEqualTo(2 * IssuerGrants.PER_LEARNER);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"h2", "postgres"})
	void redeemWhenOneLearnerClicksTwiceAtOnceThenOneGrantAndOneClearRefusal(String database) throws Exception {
		try (HikariDataSource source = pool(database)) {
			JdbcClient jdbc = JdbcClient.create(source);
			IssuerGrants grants = asInTheApp(new IssuerGrants(jdbc), source);
			long learner = account(jdbc, "double-click");
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				for (int round = 0; round < 20; round++) {
					String code = grants.create(IssuerGrants.Kind.PRE_AUTHORIZED_CODE, "migration", learner, "123456");
					CyclicBarrier clicks = new CyclicBarrier(2);
					Callable<IssuerGrants.Redemption> click = () -> {
						clicks.await(1, TimeUnit.MINUTES);
						return grants.redeem("migration", code, "123456");
					};
					List<IssuerGrants.Redemption> answers = new ArrayList<>();
					for (Future<IssuerGrants.Redemption> answer : pool.invokeAll(List.of(click, click))) {
						answers.add(answer.get());
					}
					assertThat(answers)
							.filteredOn(a -> a instanceof IssuerGrants.Redemption.Granted)
							.hasSize(1);
					assertThat(answers)
							.filteredOn(a -> a instanceof IssuerGrants.Redemption.Unknown)
							.hasSize(1);
				}
			} finally {
				pool.shutdown();
			}
		}
	}

	/** The grants as the app has them: each method its own transaction, through Spring's proxy. */
	private static IssuerGrants asInTheApp(IssuerGrants grants, DataSource source) {
		ProxyFactory proxy = new ProxyFactory(grants);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new TransactionInterceptor(
				(TransactionManager) new DataSourceTransactionManager(source),
				new AnnotationTransactionAttributeSource(false)));
		return (IssuerGrants) proxy.getProxy();
	}

	private static HikariDataSource pool(String database) {
		HikariConfig config = new HikariConfig();
		if (database.equals("postgres")) {
			config.setJdbcUrl(Postgres.newDatabase());
			config.setUsername("postgres");
			config.setPassword("postgres");
		} else {
			config.setJdbcUrl("jdbc:h2:mem:grants-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
			config.setUsername("sa");
			config.setPassword("");
		}
		config.setMaximumPoolSize(LEARNERS + 1);
		// a step that waits this long on another's row lock fails: that wait is what this test looks for
		if (database.equals("postgres")) {
			config.setConnectionInitSql("SET lock_timeout = '" + LOCK_WAIT_MS + "ms'");
		} else {
			config.setJdbcUrl(config.getJdbcUrl() + ";LOCK_TIMEOUT=" + LOCK_WAIT_MS);
		}
		HikariDataSource source = new HikariDataSource(config);
		Flyway.configure().dataSource(source).load().migrate();
		return source;
	}

	private static long account(JdbcClient jdbc, String name) {
		jdbc.sql("INSERT INTO ACCOUNT (USERNAME, USERNAME_KEY, ROLE, SEED, CREATED_AT) "
						+ "VALUES (?, ?, 'LEARNER', 1, CURRENT_TIMESTAMP)")
				.params(name, name)
				.update();
		return jdbc.sql("SELECT ID FROM ACCOUNT WHERE USERNAME = ?")
				.param(name)
				.query(Long.class)
				.single();
	}
}
