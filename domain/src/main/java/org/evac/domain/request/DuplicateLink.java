package org.evac.domain.request;

/** Another open request that may be the same household (same phone, or same address). */
public record DuplicateLink(String id, String number, String reason) {

}
