package org.evac.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Tells Telegram where to post updates, with the secret it must send along. Every
 * instance does it at start: the address is the same, so it is harmless.
 */
class WebhookRegistration implements SmartLifecycle, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

	private final TelegramClient client;

	private final TelegramProperties properties;

	private final CommandMenu menu;

	private volatile boolean running;

	private volatile String problem = "not registered yet";

	WebhookRegistration(TelegramClient client, TelegramProperties properties, CommandMenu menu) {
		this.client = client;
		this.properties = properties;
		this.menu = menu;
	}

	@Override
	public void start() {
		this.running = true;
		try {
			this.client.execute(SetWebhook.builder()
				.url(this.properties.webhookUrl().toString())
				.secretToken(this.properties.webhookSecret())
				.allowedUpdates(UpdatePoller.ALLOWED_UPDATES)
				.build());
			this.problem = null;
			log.info("Webhook registered with Telegram at {}", this.properties.webhookUrl().getHost());
		}
		catch (Exception ex) {
			this.problem = "setWebhook failed: " + ex.getClass().getSimpleName();
			log.error("Could not register the webhook with Telegram ({}); updates will not arrive",
					ex.getClass().getSimpleName());
		}
		this.menu.register();
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public Health health() {
		return (this.problem == null) ? Health.up().withDetail("mode", "webhook").build()
				: Health.down().withDetail("mode", "webhook").withDetail("problem", this.problem).build();
	}

}
