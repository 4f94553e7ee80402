package org.evac.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * evac, all in one: the embedded database (unless {@code MONGODB_URI} names a real one),
 * the Telegram bot (when {@code TELEGRAM_BOT_TOKEN} is set) and the volunteers' admin
 * API. The launcher lives in {@code org.evac.app}, the parts in their own modules'
 * packages, so scanning (components, settings, stored documents) starts at
 * {@code org.evac}.
 */
@SpringBootApplication(scanBasePackages = "org.evac")
@AutoConfigurationPackage(basePackages = "org.evac")
@ConfigurationPropertiesScan("org.evac")
public class EvacApplication {

	public static void main(String[] args) {
		SpringApplication.run(EvacApplication.class, args);
	}

}
