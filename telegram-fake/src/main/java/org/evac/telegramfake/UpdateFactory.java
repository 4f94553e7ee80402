package org.evac.telegramfake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the Bot API {@code Update} objects for what a resident does, with the fields
 * Telegram always fills in (so the client library's deserialisation sees realistic data).
 * The {@code update_id} is assigned later by the {@link UpdateQueue}.
 */
final class UpdateFactory {

	/** File and callback ids stay unique across fakes in one JVM. */
	private static final AtomicLong SEQUENCE = new AtomicLong(1000);

	private final Chats chats;

	UpdateFactory(Chats chats) {
		this.chats = chats;
	}

	ObjectNode text(long chatId, String text) {
		ObjectNode message = privateMessage(chatId).put("text", text);
		addCommandEntity(message, text);
		return update("message", message);
	}

	ObjectNode groupText(long groupChatId, long fromUserId, String text) {
		ObjectNode message = Json.object()
			.put("message_id", this.chats.nextMessageId(groupChatId))
			.<ObjectNode>set("from", this.chats.user(fromUserId))
			.<ObjectNode>set("chat", Chats.chat(groupChatId))
			.put("date", now())
			.put("text", text);
		addCommandEntity(message, text);
		return update("message", message);
	}

	ObjectNode contact(long chatId, String phone) {
		ObjectNode contact = Json.object()
			.put("phone_number", phone)
			.put("first_name", "Resident")
			.put("user_id", chatId);
		return update("message", privateMessage(chatId).set("contact", contact));
	}

	ObjectNode location(long chatId, double latitude, double longitude) {
		ObjectNode location = Json.object().put("latitude", latitude).put("longitude", longitude);
		return update("message", privateMessage(chatId).set("location", location));
	}

	ObjectNode sticker(long chatId) {
		ObjectNode sticker = file("CAACAgIAAxkBAAE").put("type", "regular")
			.put("width", 512)
			.put("height", 512)
			.put("is_animated", false)
			.put("is_video", false)
			.put("emoji", "👍");
		return update("message", privateMessage(chatId).set("sticker", sticker));
	}

	ObjectNode photo(long chatId, String caption) {
		ObjectNode message = privateMessage(chatId);
		// Telegram sends every photo in several sizes, smallest first.
		message.putArray("photo")
			.add(file("AgACAgIAAxkBAAE").put("width", 90).put("height", 67).put("file_size", 1200))
			.add(file("AgACAgIAAxkBAAE").put("width", 1280).put("height", 960).put("file_size", 98000));
		if (caption != null) {
			message.put("caption", caption);
		}
		return update("message", message);
	}

	ObjectNode voice(long chatId, int durationSeconds) {
		ObjectNode voice = file("AwACAgIAAxkBAAE").put("duration", durationSeconds)
			.put("mime_type", "audio/ogg")
			.put("file_size", 4000 * Math.max(1, durationSeconds));
		return update("message", privateMessage(chatId).set("voice", voice));
	}

	ObjectNode document(long chatId, String fileName) {
		ObjectNode document = file("BQACAgIAAxkBAAE").put("file_name", fileName)
			.put("mime_type", "application/octet-stream")
			.put("file_size", 2048);
		return update("message", privateMessage(chatId).set("document", document));
	}

	ObjectNode editedText(long chatId, int messageId, String newText) {
		long now = now();
		ObjectNode message = Json.object()
			.put("message_id", messageId)
			.<ObjectNode>set("from", this.chats.user(chatId))
			.<ObjectNode>set("chat", Chats.chat(chatId))
			.put("date", now - 1)
			.put("edit_date", now)
			.put("text", newText);
		addCommandEntity(message, newText);
		return update("edited_message", message);
	}

	/**
	 * @param message the bot's message that carried the button (as Telegram includes it),
	 * or {@code null} for a minimal one
	 */
	ObjectNode callback(String callbackId, long chatId, ObjectNode message, String data) {
		ObjectNode shown = (message != null) ? message
				: Json.object()
					.put("message_id", this.chats.nextMessageId(chatId))
					.<ObjectNode>set("from", Chats.botUser())
					.<ObjectNode>set("chat", Chats.chat(chatId))
					.put("date", now());
		ObjectNode query = Json.object()
			.put("id", callbackId)
			.<ObjectNode>set("from", this.chats.user(chatId))
			.<ObjectNode>set("message", shown)
			.put("chat_instance", "-" + (7_000_000_000L + Math.abs(chatId)))
			.put("data", data);
		return update("callback_query", query);
	}

	/** A member of a group taps a button on the bot's message there. */
	ObjectNode groupCallback(String callbackId, long fromUserId, ObjectNode message, String data) {
		ObjectNode query = Json.object()
			.put("id", callbackId)
			.<ObjectNode>set("from", this.chats.user(fromUserId))
			.<ObjectNode>set("message", message)
			.put("chat_instance", "-" + (7_000_000_000L + Math.abs(fromUserId)))
			.put("data", data);
		return update("callback_query", query);
	}

	/** A fresh callback query id; Telegram uses long numeric strings. */
	static String newCallbackId() {
		return "4" + (100_000_000_000L + SEQUENCE.incrementAndGet());
	}

	private ObjectNode privateMessage(long chatId) {
		if (chatId <= 0) {
			throw new IllegalArgumentException("a private chat id is the user's id and positive: " + chatId);
		}
		return Json.object()
			.put("message_id", this.chats.nextMessageId(chatId))
			.<ObjectNode>set("from", this.chats.user(chatId))
			.<ObjectNode>set("chat", Chats.chat(chatId))
			.put("date", now());
	}

	private static ObjectNode file(String prefix) {
		long n = SEQUENCE.incrementAndGet();
		return Json.object().put("file_id", prefix + n).put("file_unique_id", "AQAD" + n);
	}

	/** Telegram marks a leading /command (with an optional @botname) as a bot_command. */
	private static void addCommandEntity(ObjectNode message, String text) {
		if (!text.startsWith("/") || text.length() < 2) {
			return;
		}
		int length = 1;
		while (length < text.length() && !Character.isWhitespace(text.charAt(length))) {
			length++;
		}
		message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", length);
	}

	private static ObjectNode update(String kind, ObjectNode payload) {
		ObjectNode update = Json.object();
		update.set(kind, payload);
		return update;
	}

	static long now() {
		return Instant.now().getEpochSecond();
	}

}
