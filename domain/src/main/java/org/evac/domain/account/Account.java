package org.evac.domain.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A volunteer's or coordinator's login. The password is kept only as a bcrypt hash.
 *
 * @param mustChangePassword the password was generated and shown on a console: nothing
 * but changing it is allowed until it is (null in accounts stored before: false)
 */
@Document("accounts")
public record Account(@Id String id, @Indexed(unique = true) String username, String displayName, String passwordHash,
		Role role, boolean enabled, Instant createdAt, Boolean mustChangePassword) {

	public Account disabled() {
		return new Account(this.id, this.username, this.displayName, this.passwordHash, this.role, false,
				this.createdAt, this.mustChangePassword);
	}

	public boolean passwordChangeDue() {
		return Boolean.TRUE.equals(this.mustChangePassword);
	}

}
