package org.consentlab.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code consentlab.max-request-bytes} with 413 before anything parses
 * them: by the declared length when there is one, and by counting when the body is chunked.
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
		chain.doFilter(new Limited(request, limit), response);
	}

	/**
	 * A chunked form has no declared length: the container parses it (up to its own form limit,
	 * set to the same size) and refuses a larger one; that refusal is a 413 too.
	 */
	private static boolean chunkedFormTooLarge(HttpServletRequest request) {
		String type = request.getContentType();
		if (request.getContentLengthLong() >= 0 || type == null
				|| !type.startsWith("application/x-www-form-urlencoded")) {
			return false;
		}
		try {
			request.getParameterMap();
			return false;
		}
		catch (IllegalStateException e) {
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
