package org.evac.domain.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every part of evac shares. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	/** Time comes from here, so tests can move it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
