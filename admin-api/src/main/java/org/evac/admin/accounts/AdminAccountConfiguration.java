package org.evac.admin.accounts;

import org.evac.domain.account.Accounts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The first coordinator's account, made when an installation has none. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class AdminAccountConfiguration {

	@Bean
	AdminBootstrap adminBootstrap(Accounts accounts, AdminProperties properties) {
		return new AdminBootstrap(accounts, properties);
	}

}
