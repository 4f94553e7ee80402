package org.evac.domain.request;

/** The resident corrected the answers of their request: its place may have changed. */
public record RequestAmended(String id, String number) {
}
