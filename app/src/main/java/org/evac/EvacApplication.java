package org.evac;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * evac, all in one: the embedded database (unless {@code MONGODB_URI} names a real one),
 * the Telegram bot (when {@code TELEGRAM_BOT_TOKEN} is set) and the volunteers' admin
 * API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EvacApplication {

	public static void main(String[] args) {
		SpringApplication.run(EvacApplication.class, args);
	}

}
