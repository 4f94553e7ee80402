package org.evac.telegramfake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the bot sent successfully (faulted or rejected calls are not recorded here).
 *
 * @param chatId the chat it went to
 * @param messageId the id the fake assigned (increasing per chat)
 * @param text the text exactly as the bot sent it (with markup if it used a parse mode);
 * see {@link #visibleText()} for what the resident sees
 * @param replyMarkup the {@code reply_markup} object as sent, or {@code null}
 * @param at when the fake received it
 * @param parseMode the {@code parse_mode} the bot used, or {@code null}
 */
public record SentMessage(long chatId, int messageId, String text, JsonNode replyMarkup, Instant at, String parseMode) {

	/** The text as the resident sees it: HTML tags removed and entities decoded. */
	public String visibleText() {
		return "HTML".equalsIgnoreCase(this.parseMode) ? HtmlText.visibleText(this.text) : this.text;
	}

	/** Whether the raw or the visible text contains the fragment. */
	public boolean contains(String fragment) {
		return this.text.contains(fragment) || visibleText().contains(fragment);
	}

	/**
	 * All buttons of the inline keyboard or the reply keyboard, row by row, flattened.
	 */
	public List<Button> buttons() {
		if (this.replyMarkup == null) {
			return List.of();
		}
		JsonNode rows = this.replyMarkup.has("inline_keyboard") ? this.replyMarkup.get("inline_keyboard")
				: this.replyMarkup.path("keyboard");
		List<Button> buttons = new ArrayList<>();
		for (JsonNode row : rows) {
			for (JsonNode button : row) {
				if (button.isTextual()) {
					// The Bot API allows plain strings as reply-keyboard buttons.
					buttons.add(new Button(button.asText(), null, false, false));
					continue;
				}
				String data = button.hasNonNull("callback_data") ? button.get("callback_data").asText() : null;
				buttons
					.add(new Button(button.path("text").asText(), data, button.path("request_contact").asBoolean(false),
							button.path("request_location").asBoolean(false)));
			}
		}
		return buttons;
	}

	/**
	 * The {@code callback_data} of the first inline button whose label contains the
	 * fragment.
	 * @throws AssertionError if there is no such button
	 */
	public String buttonData(String labelFragment) {
		return buttons().stream()
			.filter((button) -> button.isCallback() && button.text().contains(labelFragment))
			.map(Button::callbackData)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No inline button with \"" + labelFragment + "\" in message "
					+ this.messageId + " to chat " + this.chatId + "; buttons: " + describeButtons()));
	}

	/** Whether the message carries an inline keyboard. */
	public boolean hasInlineKeyboard() {
		return this.replyMarkup != null && this.replyMarkup.path("inline_keyboard").size() > 0;
	}

	/** Whether the message removes the reply keyboard ({@code remove_keyboard: true}). */
	public boolean hasRemoveKeyboard() {
		return this.replyMarkup != null && this.replyMarkup.path("remove_keyboard").asBoolean(false);
	}

	String describeButtons() {
		return buttons().stream()
			.map((b) -> "[" + b.text() + ((b.callbackData() != null) ? " -> " + b.callbackData() : "") + "]")
			.collect(Collectors.joining(" "));
	}

	@Override
	public String toString() {
		String markup = (this.replyMarkup != null) ? " " + describeButtons() : "";
		return "#" + this.messageId + "@" + this.chatId + " \"" + this.text + "\"" + markup;
	}

}
