package org.evac.bench.standin;

/**
 * One message-sending call the bot made, as the stand-in received it.
 *
 * @param method the Bot API method, lower case ({@code sendmessage},
 * {@code editmessagetext}, {@code answercallbackquery})
 * @param chatId the chat it was for; 0 when the call names none
 * @param nanos when it arrived ({@link System#nanoTime()})
 * @param body the request's JSON, for whoever checks what was sent
 * @param messageId the id the stand-in gave the message (or the edited one)
 * @param accepted false when it was refused with 429
 */
public record Call(String method, long chatId, long nanos, String body, int messageId, boolean accepted) {

	public boolean isChatMessage() {
		return this.method.equals("sendmessage") || this.method.equals("editmessagetext");
	}

}
