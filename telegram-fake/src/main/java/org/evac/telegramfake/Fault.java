package org.evac.telegramfake;

import java.time.Duration;
import java.util.Objects;

/**
 * What the fake does to one Bot API call instead of (or before) answering it normally. A
 * {@link FaultRule} picks one per call. The shapes copy what the real service (and the
 * nginx in front of it) answers, so the application's error handling is exercised against
 * realistic responses.
 */
public final class Fault {

	enum Kind {

		/** Answer normally. */
		NONE,
		/** A Bot API error object: {@code {"ok":false,"error_code":...}}. */
		API_ERROR,
		/** A non-JSON HTML page, as a proxy in front of Telegram answers. */
		HTML_ERROR,
		/** Answer normally, but only after a pause. */
		DELAY,
		/** Close the connection without any answer. */
		DISCONNECT

	}

	private static final Fault NONE = new Fault(Kind.NONE, 200, null, null, Duration.ZERO);

	final Kind kind;

	final int status;

	final String description;

	final Integer retryAfter;

	final Duration delay;

	private Fault(Kind kind, int status, String description, Integer retryAfter, Duration delay) {
		this.kind = kind;
		this.status = status;
		this.description = description;
		this.retryAfter = retryAfter;
		this.delay = delay;
	}

	/** No fault: the call is answered normally. */
	public static Fault none() {
		return NONE;
	}

	/**
	 * HTTP 429 with {@code parameters.retry_after}, exactly as Telegram throttles a bot.
	 */
	public static Fault tooManyRequests(int retryAfterSeconds) {
		return new Fault(Kind.API_ERROR, 429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds,
				Duration.ZERO);
	}

	/**
	 * An HTML error page with the given status (e.g. 502 Bad Gateway): not JSON, the way
	 * the nginx in front of Telegram answers when the backend is down.
	 */
	public static Fault serverError(int status) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("not an error status: " + status);
		}
		return new Fault(Kind.HTML_ERROR, status, HtmlErrorPage.reason(status), null, Duration.ZERO);
	}

	/** HTTP 403 "Forbidden: bot was blocked by the user". */
	public static Fault blocked() {
		return new Fault(Kind.API_ERROR, 403, "Forbidden: bot was blocked by the user", null, Duration.ZERO);
	}

	/**
	 * HTTP 400; the description gets the "Bad Request: " prefix Telegram uses unless it
	 * already has it.
	 */
	public static Fault badRequest(String description) {
		String text = description.startsWith("Bad Request") ? description : "Bad Request: " + description;
		return new Fault(Kind.API_ERROR, 400, text, null, Duration.ZERO);
	}

	/**
	 * Any Bot API error object, e.g. {@code error(400, "Bad Request: chat not found")}.
	 */
	public static Fault error(int errorCode, String description) {
		return new Fault(Kind.API_ERROR, errorCode, Objects.requireNonNull(description), null, Duration.ZERO);
	}

	/** Answer normally, but only after the delay (to test client timeouts). */
	public static Fault delay(Duration delay) {
		return new Fault(Kind.DELAY, 200, null, null, Objects.requireNonNull(delay));
	}

	/**
	 * Close the connection without answering: the client sees an I/O error. Note that
	 * OkHttp may silently retry such a request once, so the rule sees a second call.
	 */
	public static Fault disconnect() {
		return new Fault(Kind.DISCONNECT, 0, null, null, Duration.ZERO);
	}

	boolean isNone() {
		return this.kind == Kind.NONE;
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case NONE -> "Fault.none()";
			case API_ERROR -> "Fault[" + this.status + " " + this.description + "]";
			case HTML_ERROR -> "Fault[" + this.status + " HTML]";
			case DELAY -> "Fault.delay(" + this.delay + ")";
			case DISCONNECT -> "Fault.disconnect()";
		};
	}

}
