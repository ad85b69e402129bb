package org.consentlab.verifier.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over one kept-alive socket, blocking, in the calling thread: the smallest client there
 * is, so that a latency measured with it is the server's and the kernel's, without the
 * {@link java.net.http.HttpClient}'s own threads (its selector thread and executor hand every
 * exchange over twice, each a wake-up that waits for a core on a loaded machine). Reconnects when
 * the server closed the connection (Tomcat closes it after every 400). Not thread-safe.
 */
final class SocketClient implements AutoCloseable {

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	SocketClient(int port) {
		this.port = port;
	}

	/** Posts a URL-encoded form; returns the status code (the body is read and dropped). */
	int postForm(String path, String form) throws IOException {
		byte[] body = form.getBytes(StandardCharsets.US_ASCII);
		String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n";
		if (socket == null) {
			socket = new Socket("127.0.0.1", port);
			socket.setTcpNoDelay(true);
			in = new BufferedInputStream(socket.getInputStream());
			out = socket.getOutputStream();
		}
		byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[headBytes.length + body.length];
		System.arraycopy(headBytes, 0, request, 0, headBytes.length);
		System.arraycopy(body, 0, request, headBytes.length, body.length);
		out.write(request);
		out.flush();
		int status = Integer.parseInt(line().substring(9, 12));
		int length = 0;
		boolean close = false;
		boolean chunked = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(lower.substring(15).trim());
			} else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			} else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		if (chunked) {
			for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
				in.readNBytes(size);
				line();
			}
			line();
		} else {
			in.readNBytes(length);
		}
		if (close) {
			close();
		}
		return status;
	}

	private String line() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("the server closed the connection mid-answer");
			}
			if (b != '\r') {
				bytes.write(b);
			}
		}
		return bytes.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		if (socket != null) {
			socket.close();
			socket = null;
		}
	}
}
