package org.evac.bot.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.evac.domain.i18n.Language;
import org.evac.outbox.Keyboard;

/**
 * A resident in a chat with the bot: does what a person does (types, taps the buttons
 * they see, shares a location or contact), one update after another, and remembers what
 * the bot answered. Keeps the conversation as the bot would store it; after an erasure
 * the bot forgets it, and so does this resident.
 */
final class Resident {

	static final long CHAT_ID = 380_501_234L;

	private final ConversationEngine engine;

	private final long chatId;

	private ConversationState state;

	private long updateId = 1000;

	private int messageId = 1;

	/** The message whose buttons the resident sees last. */
	private int buttonsMessageId;

	/**
	 * The messages in the chat by id, oldest first; an edit replaces its message in
	 * place.
	 */
	private final Map<Integer, Reply> chat = new LinkedHashMap<>();

	private int turns;

	private Turn lastTurn;

	private final List<Turn> everyTurn = new ArrayList<>();

	private Outcome outcome;

	private final List<Reply> everyReply = new ArrayList<>();

	private final List<String> everyButtonNotice = new ArrayList<>();

	Resident(ConversationEngine engine, Language language) {
		this(engine, CHAT_ID, ConversationState.newcomer(language));
	}

	Resident(ConversationEngine engine, long chatId, ConversationState state) {
		this.engine = engine;
		this.chatId = chatId;
		this.state = state;
	}

	Resident sends(Incoming incoming) {
		this.lastTurn = new Turn(this.chatId, ++this.updateId, incoming);
		this.everyTurn.add(this.lastTurn);
		this.turns++;
		this.outcome = this.engine.handle(this.state, this.lastTurn);
		if (this.outcome.buttonNotice() != null) {
			this.everyButtonNotice.add(this.outcome.buttonNotice());
		}
		this.state = this.outcome.forget() ? ConversationState.newcomer(this.state.language()) : this.outcome.state();
		for (Reply reply : this.outcome.replies()) {
			int id = (reply.editMessageId() != null) ? reply.editMessageId() : ++this.messageId;
			if (reply.keyboard() instanceof Keyboard.Inline) {
				this.buttonsMessageId = id;
			}
			this.chat.put(id, reply);
			this.everyReply.add(reply);
		}
		return this;
	}

	/** A message evac sent on its own (a reminder) arrives in the chat. */
	Resident receives(Reply reply) {
		int id = ++this.messageId;
		if (reply.keyboard() instanceof Keyboard.Inline) {
			this.buttonsMessageId = id;
		}
		this.chat.put(id, reply);
		this.everyReply.add(reply);
		return this;
	}

	Resident command(String name) {
		return sends(new Incoming.Command(name));
	}

	Resident types(String text) {
		return sends(new Incoming.Text(text));
	}

	/** Taps a button with this data, forged or real, on the last message with buttons. */
	Resident taps(String data) {
		return sends(new Incoming.ButtonPress(data, this.buttonsMessageId));
	}

	/**
	 * Taps the button whose label contains the fragment, as a resident reading it would:
	 * on the latest message that has one (older messages keep their buttons too).
	 */
	Resident tapsButtonLabelled(String fragment) {
		return tapsFirst(b -> b.label().contains(fragment), "labelled '" + fragment + "'");
	}

	/** Taps the first button offered for this question, on its latest message. */
	Resident tapsFirstButtonOf(String step) {
		return tapsFirst(b -> b.data().startsWith(step + Buttons.SEPARATOR), "of " + step);
	}

	private Resident tapsFirst(Predicate<Keyboard.InlineButton> wanted, String description) {
		List<Integer> newestFirst = new ArrayList<>(this.chat.keySet());
		Collections.reverse(newestFirst);
		for (Integer id : newestFirst) {
			if (this.chat.get(id).keyboard() instanceof Keyboard.Inline inline) {
				Optional<String> data = inline.rows()
					.stream()
					.flatMap(List::stream)
					.filter(wanted)
					.map(Keyboard.InlineButton::data)
					.findFirst();
				if (data.isPresent()) {
					return sends(new Incoming.ButtonPress(data.get(), id));
				}
			}
		}
		throw new AssertionError("No button " + description + " in " + labels());
	}

	Resident sharesLocation(double lat, double lon) {
		return sends(new Incoming.SharedLocation(lat, lon));
	}

	Resident sharesContact(String phone) {
		return sends(new Incoming.SharedContact(phone, true));
	}

	/** The inline buttons the resident sees under the last answer's messages. */
	List<Keyboard.InlineButton> inlineButtons() {
		List<Keyboard.InlineButton> buttons = new ArrayList<>();
		if (this.outcome != null) {
			for (Reply reply : this.outcome.replies()) {
				if (reply.keyboard() instanceof Keyboard.Inline inline) {
					inline.rows().forEach(buttons::addAll);
				}
			}
		}
		return buttons;
	}

	List<String> labels() {
		return inlineButtons().stream().map(Keyboard.InlineButton::label).toList();
	}

	List<String> buttonData() {
		return inlineButtons().stream().map(Keyboard.InlineButton::data).toList();
	}

	Outcome outcome() {
		return this.outcome;
	}

	List<Reply> replies() {
		return this.outcome.replies();
	}

	Reply lastReply() {
		return this.outcome.replies().get(this.outcome.replies().size() - 1);
	}

	String lastKey() {
		return lastReply().key();
	}

	List<String> keys() {
		return replies().stream().map(Reply::key).toList();
	}

	/** Everything the bot said to this resident. */
	List<Reply> everyReply() {
		return List.copyOf(this.everyReply);
	}

	/** Every word the resident was shown: texts, button labels, notices on taps. */
	List<String> everyText() {
		List<String> texts = new ArrayList<>(this.everyButtonNotice);
		for (Reply reply : this.everyReply) {
			texts.add(reply.text());
			if (reply.keyboard() instanceof Keyboard.Inline inline) {
				inline.rows().forEach(row -> row.forEach(b -> texts.add(b.label())));
			}
			if (reply.keyboard() instanceof Keyboard.Reply big) {
				big.rows().forEach(row -> row.forEach(b -> texts.add(b.label())));
			}
		}
		return texts;
	}

	ConversationState state() {
		return this.state;
	}

	String step() {
		return this.state.step();
	}

	Draft draft() {
		return this.state.draft();
	}

	/** Every update this resident sent, in order. */
	List<Turn> everyTurn() {
		return List.copyOf(this.everyTurn);
	}

	Turn lastTurn() {
		return this.lastTurn;
	}

	int lastMessageWithButtons() {
		return this.buttonsMessageId;
	}

	/** How many things the resident has done so far. */
	int turns() {
		return this.turns;
	}

	long chatId() {
		return this.chatId;
	}

}
