package org.evac.telegramfake;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful {@code editMessageText} or {@code editMessageReplyMarkup} call.
 *
 * @param method the Bot API method
 * @param chatId the chat of the edited message
 * @param messageId the edited message
 * @param text the new text ({@code null} for {@code editMessageReplyMarkup})
 * @param replyMarkup the new markup, or {@code null} (which removes the inline keyboard)
 * @param at when the fake received it
 */
public record Edit(String method, long chatId, int messageId, String text, JsonNode replyMarkup, Instant at) {

}
