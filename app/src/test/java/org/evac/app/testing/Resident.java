package org.evac.app.testing;

import java.time.Duration;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.outbox.OutboxMessage;
import org.evac.telegramfake.FakeTelegramApi;
import org.evac.telegramfake.SentMessage;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.awaitility.Awaitility.await;

/**
 * A resident as the tests play one: does what a person does in Telegram, then waits until
 * evac has stored the effect and delivered every reply.
 */
public final class Resident {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final FakeTelegramApi telegram;

	private final long chatId;

	private final Language language;

	private final Messages messages = new Messages();

	private MongoTemplate mongo;

	public Resident(FakeTelegramApi telegram, long chatId, Language language, RunningEvac evac) {
		this.telegram = telegram;
		this.chatId = chatId;
		this.language = language;
		this.mongo = evac.mongo();
		telegram.languageOf(chatId, language.code());
	}

	/** After a restart the same person talks to the new instance. */
	public void nowTalksTo(RunningEvac evac) {
		this.mongo = evac.mongo();
	}

	public long chatId() {
		return this.chatId;
	}

	/** The words of a message key, in this resident's language. */
	public String text(String key, Object... args) {
		return this.messages.text(this.language, key, args);
	}

	public int says(String text) {
		return handled(this.telegram.sendText(this.chatId, text));
	}

	/**
	 * Taps the button whose label contains {@code label}, on the newest message with
	 * buttons.
	 */
	public int taps(String label) {
		return handled(this.telegram.pressButtonLabeled(this.chatId, label));
	}

	public int tapsLabelOf(String key) {
		String label = text(key);
		return taps(label.length() > 12 ? label.substring(0, 12) : label);
	}

	public int sharesLocation(double lat, double lon) {
		return handled(this.telegram.shareLocation(this.chatId, lat, lon));
	}

	public int sharesContact(String phone) {
		return handled(this.telegram.shareContact(this.chatId, phone));
	}

	public int sendsSticker() {
		return handled(this.telegram.sendSticker(this.chatId));
	}

	public SentMessage lastMessage() {
		return this.telegram.lastMessageTo(this.chatId);
	}

	/** Waits until the update is stored and every reply to it has reached Telegram. */
	public int handled(int updateId) {
		this.telegram.awaitConfirmed(updateId, WAIT);
		await().atMost(WAIT)
			.until(() -> this.mongo.count(
					Query.query(Criteria.where("chatId").is(this.chatId).and("state").is(OutboxMessage.State.PENDING)),
					OutboxMessage.class) == 0);
		return updateId;
	}

}
