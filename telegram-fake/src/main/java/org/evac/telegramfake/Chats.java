package org.evac.telegramfake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the fake knows about chats and users: the language each user's client reports, and
 * the message id counter of each chat. In a Telegram private chat the resident's and the
 * bot's messages share one increasing sequence, so one counter serves both sides.
 */
final class Chats {

	static final String DEFAULT_LANGUAGE = "uk";

	/** Supergroup and channel ids are below this (-100xxxxxxxxxx). */
	private static final long SUPERGROUP_LIMIT = -1_000_000_000_000L;

	private final Map<Long, String> languages = new ConcurrentHashMap<>();

	private final Map<Long, AtomicInteger> messageIds = new ConcurrentHashMap<>();

	/** An empty string means the client reports no language at all. */
	void language(long userId, String languageCode) {
		this.languages.put(userId, (languageCode != null) ? languageCode : "");
	}

	String language(long userId) {
		return this.languages.getOrDefault(userId, DEFAULT_LANGUAGE);
	}

	int nextMessageId(long chatId) {
		return this.messageIds.computeIfAbsent(chatId, (id) -> new AtomicInteger()).incrementAndGet();
	}

	/** A user as Telegram describes the sender of a message. */
	ObjectNode user(long userId) {
		ObjectNode user = Json.object().put("id", userId).put("is_bot", false).put("first_name", "Resident");
		String language = language(userId);
		if (!language.isEmpty()) {
			user.put("language_code", language);
		}
		return user;
	}

	/** The chat object, typed by the shape of its id as in Telegram. */
	static ObjectNode chat(long chatId) {
		ObjectNode chat = Json.object().put("id", chatId);
		if (chatId > 0) {
			return chat.put("type", "private").put("first_name", "Resident");
		}
		return chat.put("type", (chatId <= SUPERGROUP_LIMIT) ? "supergroup" : "group").put("title", "Group " + chatId);
	}

	/** The bot itself, as getMe and the {@code from} of its messages describe it. */
	static ObjectNode botUser() {
		return Json.object()
			.put("id", 1L)
			.put("is_bot", true)
			.put("first_name", "evac")
			.put("username", "evac_test_bot");
	}

}
