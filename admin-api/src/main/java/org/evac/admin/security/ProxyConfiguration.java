package org.evac.admin.security;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a TLS-terminating reverse proxy named in {@code EVAC_TRUSTED_PROXIES}, a request
 * is as secure as the proxy says ({@code X-Forwarded-Proto}) and comes from the address
 * it names ({@code X-Forwarded-For}): cookies get {@code Secure}, responses HSTS. Nobody
 * else's forwarded headers are believed (Spring Boot's own
 * {@code server.forward-headers-strategy=native} would trust every private address).
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(LoginThrottleProperties properties) {
		return factory -> {
			if (properties.trustedProxies().isEmpty()) {
				return;
			}
			RemoteIpValve valve = new RemoteIpValve();
			String trusted = properties.trustedProxies()
				.stream()
				.map(String::strip)
				.map(Pattern::quote)
				.collect(Collectors.joining("|"));
			valve.setInternalProxies(trusted);
			valve.setTrustedProxies(trusted);
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProtocolHeader("X-Forwarded-Proto");
			factory.addEngineValves(valve);
		};
	}

}
