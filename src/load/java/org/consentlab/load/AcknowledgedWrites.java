package org.consentlab.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every write the app acknowledged to a simulated learner (HTTP 2xx or 3xx), one line each: kind,
 * username, the learner's address, and what was written. {@link LostWrites} looks for each one in
 * the database after the run. Lines are written as they happen, so a file cut short by a crash
 * still holds what was acknowledged before it.
 */
final class AcknowledgedWrites {

	private final BufferedWriter out;

	AcknowledgedWrites(String file) {
		try {
			this.out = file == null ? null : Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8);
		} catch (IOException ex) {
			throw new UncheckedIOException("cannot write the acknowledged writes to " + file, ex);
		}
	}

	synchronized void add(String kind, String user, String address, String key) {
		if (out == null) {
			return;
		}
		try {
			out.write(kind + "\t" + user + "\t" + address + "\t" + key + "\n");
			out.flush();
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void close() {
		if (out == null) {
			return;
		}
		try {
			out.close();
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
