package org.evac.domain.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	Messages residentMessages() {
		return new Messages();
	}

}
