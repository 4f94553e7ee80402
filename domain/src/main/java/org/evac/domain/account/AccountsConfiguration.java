package org.evac.domain.account;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	/** bcrypt with cost 12: slow enough to resist guessing, quick enough to log in. */
	@Bean
	@ConditionalOnMissingBean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(12);
	}

	@Bean
	Accounts accounts(MongoTemplate mongo, PasswordEncoder passwords, Clock clock) {
		return new Accounts(mongo, passwords, clock);
	}

}
