package org.consentlab.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand over a socket, for what {@link java.net.http.HttpClient} will not send:
 * a forged {@code Host} header, a chunked body of our choosing.
 */
final class RawHttp {

	private RawHttp() {}

	/** Sends the head (lines without the final blank line) and an optional body; returns the whole response text. */
	static String exchange(int port, String head, byte[] body) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				try {
					out.write(body);
				} catch (IOException refusedMidway) {
					// the server may answer and close before reading the whole body: read what it said
				}
			}
			out.flush();
			return readAll(socket.getInputStream());
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String get(int port, String path, String host) {
		return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: " + host, null);
	}

	static int status(String response) {
		return Integer.parseInt(response.substring(9, 12));
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) > 0; ) {
				bytes.write(buffer, 0, n);
			}
		} catch (IOException resetAfterAnswer) {
			// a reset after the answer arrived still leaves the answer to read
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}
}
