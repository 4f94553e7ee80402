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
 * On the first start, when nobody can log in yet, creates the coordinator {@code admin}.
 * A generated password goes to the console once, never to the log.
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
		boolean generated = this.properties.password() == null || this.properties.password().isBlank();
		String password = generated ? generate() : this.properties.password();
		try {
			this.accounts.create(ADMIN, "Coordinator", password, Role.COORDINATOR);
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
					 Write it down now: it is shown only this once.
					 Set EVAC_ADMIN_PASSWORD to choose it yourself.
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
