package org.evac.telegramfake;

import java.time.Instant;

/**
 * A successful {@code answerCallbackQuery} call.
 *
 * @param callbackQueryId the id of the answered callback query
 * @param chatId the chat whose button was pressed
 * @param text the notification text, or {@code null}
 * @param showAlert whether it is shown as an alert
 * @param at when the fake received it
 */
public record AnsweredCallback(String callbackQueryId, long chatId, String text, boolean showAlert, Instant at) {

}
