package org.evac.admin.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A personal access token as stored: only the SHA-256 hash of its secret, which is shown
 * to its owner once, at creation, and never kept.
 *
 * @param name what the owner calls it ("export script")
 * @param revokedAt null while it may be used
 * @param revokedBy the account that revoked it: its owner, or a coordinator
 */
@Document("access_tokens")
public record AccessToken(@Id String id, @Indexed String username, String name, @Indexed(unique = true) String hash,
		Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy) {

	/** Neither revoked nor expired at {@code now}. */
	public boolean usableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
