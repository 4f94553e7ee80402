package org.evac.bench.residents;

import java.time.Instant;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The JSON of the updates a resident makes, in the shapes Telegram sends (private chat,
 * Ukrainian client).
 */
final class Updates {

	private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

	private Updates() {
	}

	static String text(int updateId, long chatId, int messageId, String text) {
		String entities = text.startsWith("/") ? ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":"
				+ text.split(" ", 2)[0].length() + "}]" : "";
		return message(updateId, chatId, messageId, "\"text\":" + quote(text) + entities);
	}

	static String location(int updateId, long chatId, int messageId, double lat, double lon) {
		return message(updateId, chatId, messageId,
				"\"location\":{\"latitude\":" + lat + ",\"longitude\":" + lon + "}");
	}

	static String contact(int updateId, long chatId, int messageId, String phone) {
		return message(updateId, chatId, messageId, "\"contact\":{\"phone_number\":" + quote(phone)
				+ ",\"first_name\":\"Resident\",\"user_id\":" + chatId + "}");
	}

	/** A tap on a button of the bot's message {@code botMessageId}. */
	static String tap(int updateId, long chatId, int botMessageId, String data) {
		return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"" + chatId + "-" + updateId
				+ "\",\"from\":" + user(chatId) + ",\"message\":{\"message_id\":" + botMessageId
				+ ",\"from\":{\"id\":1,\"is_bot\":true,\"first_name\":\"evac\"},\"chat\":" + chat(chatId) + ",\"date\":"
				+ now() + "},\"chat_instance\":\"" + chatId + "\",\"data\":" + quote(data) + "}}";
	}

	private static String message(int updateId, long chatId, int messageId, String content) {
		return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + messageId + ",\"from\":" + user(chatId)
				+ ",\"chat\":" + chat(chatId) + ",\"date\":" + now() + "," + content + "}}";
	}

	private static String user(long chatId) {
		return "{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"Resident\",\"language_code\":\"uk\"}";
	}

	private static String chat(long chatId) {
		return "{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"Resident\"}";
	}

	private static String quote(String text) {
		return "\"" + new String(ENCODER.quoteAsString(text)) + "\"";
	}

	private static long now() {
		return Instant.now().getEpochSecond();
	}

}
