package org.consentlab.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code consentlab.max-request-bytes} with 413 before anything parses
 * them: by the declared length when there is one, and by counting when the body is chunked
 * (multipart included: the app takes no uploads, so multipart parsing is off altogether).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	RequestSizeLimitFilter(WebProperties properties) {
		this.limit = properties.maxRequestBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit || chunkedFormTooLarge(request)) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		if (request.getContentLengthLong() < 0 && hasOtherBody(request)) {
			byte[] body = readUpToLimit(request);
			if (body == null) {
				response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				return;
			}
			chain.doFilter(new Buffered(request, body), response);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	/**
	 * A chunked body that is not a URL-encoded form (multipart, JSON ...): nothing else bounds it,
	 * and a container may read such a body from its own stream, past any wrapper. So it is read
	 * here, counting, into memory no larger than the limit, before anything else sees it.
	 */
	private static boolean hasOtherBody(HttpServletRequest request) {
		String type = request.getContentType();
		boolean form = type != null && type.startsWith("application/x-www-form-urlencoded");
		return !form && request.getHeader("Transfer-Encoding") != null;
	}

	/** The body, or null when it is larger than the limit (reading stops there). */
	private byte[] readUpToLimit(HttpServletRequest request) throws IOException {
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		return body.length > limit ? null : body;
	}

	/** A request whose body was already read (and counted): it is served again from memory. */
	private static final class Buffered extends HttpServletRequestWrapper {

		private final byte[] body;

		Buffered(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new java.io.ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already in memory");
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}

	/**
	 * A chunked form has no declared length: the container parses it (up to its own form limit,
	 * set to the same size) and refuses a larger one; that refusal is a 413 too.
	 */
	private static boolean chunkedFormTooLarge(HttpServletRequest request) {
		String type = request.getContentType();
		if (request.getContentLengthLong() >= 0
				|| type == null
				|| !type.startsWith("application/x-www-form-urlencoded")) {
			return false;
		}
		try {
			request.getParameterMap();
			return false;
		} catch (IllegalStateException e) {
			return true;
		}
	}

	/** Counts what is read and stops at the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}
	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long count;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0 && ++count > limit) {
				throw new PayloadTooLargeException();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0 && (count += n) > limit) {
				throw new PayloadTooLargeException();
			}
			return n;
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
