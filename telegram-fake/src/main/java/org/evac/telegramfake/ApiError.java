package org.evac.telegramfake;

/**
 * Thrown inside the fake to answer a call with a Bot API error object, the way Telegram
 * rejects invalid requests.
 */
final class ApiError extends RuntimeException {

	final int code;

	ApiError(int code, String description) {
		super(description, null, false, false);
		this.code = code;
	}

	static ApiError badRequest(String what) {
		return new ApiError(400, "Bad Request: " + what);
	}

}
