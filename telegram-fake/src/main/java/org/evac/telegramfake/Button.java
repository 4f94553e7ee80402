package org.evac.telegramfake;

/**
 * One button of a keyboard the bot sent, inline or reply keyboard alike.
 *
 * @param text the label the resident sees
 * @param callbackData the inline button's {@code callback_data}, or {@code null}
 * @param requestContact whether this reply-keyboard button asks for the phone number
 * @param requestLocation whether this reply-keyboard button asks for the location
 */
public record Button(String text, String callbackData, boolean requestContact, boolean requestLocation) {

	/** Whether this is an inline button that sends a callback query when pressed. */
	public boolean isCallback() {
		return this.callbackData != null;
	}

}
