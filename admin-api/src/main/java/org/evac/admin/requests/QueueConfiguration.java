package org.evac.admin.requests;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QueueProperties.class, ThreadFileProperties.class })
class QueueConfiguration {

	@Bean
	ThreadFiles threadFiles(RestClient.Builder builder, ThreadFileProperties properties) {
		return new ThreadFiles(builder, properties);
	}

}
