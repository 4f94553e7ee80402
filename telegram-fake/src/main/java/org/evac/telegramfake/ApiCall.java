package org.evac.telegramfake;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Bot API call as it arrived, whatever the answer was (getUpdates is not recorded
 * here: long polling would drown everything else).
 *
 * @param method the Bot API method in its documented spelling
 * @param chatId the call's {@code chat_id}, or {@code null}
 * @param params the call's parameters as a JSON object
 * @param status the HTTP status answered (0 when the connection was dropped)
 * @param at when it arrived
 */
public record ApiCall(String method, Long chatId, JsonNode params, int status, Instant at) {

}
