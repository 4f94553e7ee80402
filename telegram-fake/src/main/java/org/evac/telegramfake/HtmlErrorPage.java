package org.evac.telegramfake;

/**
 * The HTML error pages nginx serves when the Bot API backend is unavailable. Used for
 * {@link Fault#serverError(int)} so the client has to cope with a body that is not JSON.
 */
final class HtmlErrorPage {

	private HtmlErrorPage() {
	}

	static String reason(int status) {
		return switch (status) {
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Temporarily Unavailable";
			case 504 -> "Gateway Time-out";
			default -> "Error";
		};
	}

	static String page(int status) {
		String title = status + " " + reason(status);
		return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
				+ "</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n";
	}

}
