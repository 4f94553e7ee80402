package org.evac.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** One clear line at start-up on whether the bot runs. Never the token. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramStatus {

	private static final Logger log = LoggerFactory.getLogger(TelegramStatus.class);

	private final TelegramProperties properties;

	TelegramStatus(TelegramProperties properties) {
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		if (this.properties.enabled()) {
			log.info("Telegram bot is on, talking to {}", this.properties.apiUrl().getHost());
		}
		else {
			log.info("Telegram bot is off: set TELEGRAM_BOT_TOKEN to start it (the rest of evac runs)");
		}
	}

}
