package org.consentlab.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.consentlab.ConsentLabApplication;

/** One run of the command line with standard input, output and error captured. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		return withInput("", args);
	}

	static synchronized CliRun withInput(String stdin, String... args) {
		InputStream in = System.in;
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int exit = ConsentLabCommand.run(ConsentLabApplication.class, args);
			return new CliRun(
					exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		} finally {
			System.setIn(in);
			System.setOut(out);
			System.setErr(err);
		}
	}
}
