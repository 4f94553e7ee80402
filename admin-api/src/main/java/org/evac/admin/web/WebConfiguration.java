package org.evac.admin.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** How the admin API speaks JSON, limits bodies and describes itself. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class WebConfiguration {

	/**
	 * A body with a field the endpoint does not take ({@code claimedBy}, {@code role},
	 * {@code id}, {@code number}...) is refused, not silently ignored.
	 */
	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictBodies() {
		return builder -> builder.failOnUnknownProperties(true);
	}

	/** Before security, so a huge body is refused before anyone reads it. */
	@Bean
	FilterRegistrationBean<BodySizeLimit> bodySizeLimit(ApiProperties properties) {
		FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
				new BodySizeLimit(properties.maxBodySize().toBytes()));
		registration.addUrlPatterns("/api/*", "/login");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	OpenAPI evacOpenApi() {
		return new OpenAPI()
			.info(new Info().title("evac admin API")
				.version("1")
				.description("Evacuation requests for volunteers and coordinators. "
						+ "Log in with HTTP Basic; errors are application/problem+json."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
