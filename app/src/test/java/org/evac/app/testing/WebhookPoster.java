package org.evac.app.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/** Telegram's side of webhook mode: posts updates to an instance, as Telegram would. */
public final class WebhookPoster {

	public static final String SECRET = "webhook-secret-for-tests_0123456789";

	private static final AtomicInteger UPDATE_IDS = new AtomicInteger(900_000);

	private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1);

	private final HttpClient http = HttpClient.newHttpClient();

	public static int nextUpdateId() {
		return UPDATE_IDS.incrementAndGet();
	}

	/** A private text message; returns the HTTP status evac answered. */
	public int text(int port, String secret, int updateId, long chatId, String text) {
		String entities = text.startsWith("/") ? ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":"
				+ text.split(" ")[0].length() + "}]" : "";
		String update = """
				{"update_id":%d,"message":{"message_id":%d,"date":%d,"chat":{"id":%d,"type":"private","first_name":"Resident"},
				"from":{"id":%d,"is_bot":false,"first_name":"Resident","language_code":"uk"},"text":"%s"%s}}"""
			.formatted(updateId, MESSAGE_IDS.incrementAndGet(), System.currentTimeMillis() / 1000, chatId, chatId,
					text.replace("\"", "\\\""), entities);
		return post(port, secret, update);
	}

	/** A tap on an inline button of the message {@code messageId}. */
	public int button(int port, String secret, int updateId, long chatId, int messageId, String data) {
		String update = """
				{"update_id":%d,"callback_query":{"id":"cb-%d","chat_instance":"ci-%d",
				"from":{"id":%d,"is_bot":false,"first_name":"Resident","language_code":"uk"},
				"message":{"message_id":%d,"date":%d,"chat":{"id":%d,"type":"private","first_name":"Resident"},"text":"..."},
				"data":"%s"}}"""
			.formatted(updateId, updateId, chatId, chatId, messageId, System.currentTimeMillis() / 1000, chatId, data);
		return post(port, secret, update);
	}

	public int post(int port, String secret, String body) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Posting to the webhook failed", ex);
		}
	}

}
