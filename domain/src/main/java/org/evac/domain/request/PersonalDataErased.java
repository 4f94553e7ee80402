package org.evac.domain.request;

/**
 * A request's personal data was erased (by retention or by the resident): whatever else
 * holds texts for {@code chatId} forgets them too.
 */
public record PersonalDataErased(String requestId, long chatId) {

}
