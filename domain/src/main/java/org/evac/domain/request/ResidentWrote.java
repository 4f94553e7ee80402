package org.evac.domain.request;

/**
 * A resident's message joined the thread of their request {@code number} (the same
 * {@code messageId} again when a redelivered update attached it already).
 */
public record ResidentWrote(String requestId, String number, String messageId) {
}
