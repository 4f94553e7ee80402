package org.evac.admin.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;

/**
 * On the first start, when nobody can log in yet, creates the admin {@code admin}. A
 * generated password goes to the console once, never to the log, and must be changed at
 * the first login; a given one ({@code EVAC_ADMIN_PASSWORD}) must be long enough.
 */
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	static final String ADMIN = "admin";

	private final Accounts accounts;

	private final AdminProperties properties;

	AdminBootstrap(Accounts accounts, AdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.accounts.none()) {
			return;
		}
		String given = this.properties.password();
		if (given != null && !given.isBlank() && given.length() < VolunteerController.MIN_PASSWORD) {
			throw new IllegalStateException(
					"EVAC_ADMIN_PASSWORD must have at least %d characters".formatted(VolunteerController.MIN_PASSWORD));
		}
		boolean generated = this.properties.password() == null || this.properties.password().isBlank();
		String password = generated ? generate() : this.properties.password();
		try {
			this.accounts.create(ADMIN, "Coordinator", password, Role.ADMIN, generated);
		}
		catch (DuplicateKeyException ex) {
			return; // another instance created it a moment ago
		}
		if (generated) {
			System.out.println("""

					================================================================
					 evac: the first coordinator account was created.
					   user:     admin
					   password: %s
					 It is shown only this once, and this console may be logged:
					 log in and change it now. Until you do, this account can do
					 nothing else (POST /api/me/password, or the page's form).
					================================================================
					""".formatted(password));
		}
		log.info("Created the first coordinator account 'admin'");
	}

	private static String generate() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
