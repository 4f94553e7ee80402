package org.evac.admin.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@link ApiProperties#maxBodySize()} with 413: at once when the
 * length is declared, while reading when it is not.
 */
class BodySizeLimit extends OncePerRequestFilter {

	private final long limit;

	BodySizeLimit(long limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			Problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
					"The body is larger than " + this.limit + " bytes");
			return;
		}
		chain.doFilter(new Limited(request, this.limit), response);
	}

	/** Thrown while reading a body that turns out too large. */
	static class BodyTooLarge extends IOException {

		BodyTooLarge(long limit) {
			super("The body is larger than " + limit + " bytes");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) throws BodyTooLarge {
					this.read += n;
					if (this.read > Limited.this.limit) {
						throw new BodyTooLarge(Limited.this.limit);
					}
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

			};
		}

	}

}
