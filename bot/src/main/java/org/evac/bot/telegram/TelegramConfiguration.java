package org.evac.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;
import org.evac.bot.conversation.ResidentConversations;
import org.evac.bot.crew.Crew;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.Requests;
import org.evac.outbox.BlockedChats;
import org.evac.outbox.DeliveryMetrics;
import org.evac.outbox.DeliveryProperties;
import org.evac.outbox.Dispatcher;
import org.evac.outbox.GroupCommit;
import org.evac.outbox.Outbox;
import org.evac.outbox.TelegramGateway;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The bot: only when a token is given. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
@EnableConfigurationProperties(DeliveryProperties.class)
class TelegramConfiguration {

	/** For sending: answers come in well under a second, so fail fast and retry. */
	@Bean
	TelegramClient telegramClient(TelegramProperties properties) {
		OkHttpClient http = new OkHttpClient.Builder().connectTimeout(properties.sendTimeout())
			.readTimeout(properties.sendTimeout())
			.writeTimeout(properties.sendTimeout())
			.callTimeout(properties.sendTimeout().multipliedBy(2))
			.build();
		return new OkHttpTelegramClient(http, properties.token(), url(properties));
	}

	static TelegramUrl url(TelegramProperties properties) {
		var uri = properties.apiUrl();
		boolean https = "https".equalsIgnoreCase(uri.getScheme());
		int port = (uri.getPort() > 0) ? uri.getPort() : (https ? 443 : 80);
		return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
	}

	@Bean
	ClientGateway telegramGateway(TelegramClient telegramClient) {
		return new ClientGateway(telegramClient);
	}

	@Bean
	DeliveryMetrics deliveryMetrics(MeterRegistry registry, Clock clock) {
		return new DeliveryMetrics(registry, clock);
	}

	@Bean
	Dispatcher dispatcher(Outbox outbox, TelegramGateway gateway, Requests requests, DeliveryProperties properties,
			Clock clock, DeliveryMetrics metrics) {
		BlockedChats blocked = requests::markTelegramUnreachable;
		return new Dispatcher(outbox, gateway, blocked, properties, clock, metrics);
	}

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService updateProcessors(TelegramProperties properties) {
		AtomicInteger n = new AtomicInteger();
		return Executors.newFixedThreadPool(properties.processors(), runnable -> {
			Thread thread = new Thread(runnable, "update-processor-" + n.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	UpdateProcessor updateProcessor(ResidentConversations conversations, Outbox outbox, GroupCommit commits,
			TelegramGateway gateway, Messages messages, ExecutorService updateProcessors, Clock clock,
			MeterRegistry registry, Crew crew) {
		return new UpdateProcessor(conversations, outbox, commits, gateway, messages, updateProcessors, clock, registry,
				crew);
	}

	@Bean
	CommandMenu commandMenu(TelegramClient telegramClient, Messages messages) {
		return new CommandMenu(telegramClient, messages);
	}

	/** Long polls hold the connection for the poll timeout: a client of its own. */
	@Bean
	@Conditional(WebhookMode.Off.class)
	UpdatePoller updatePoller(TelegramProperties properties, UpdateProcessor processor, CommandMenu menu, Clock clock) {
		OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(properties.pollTimeout().plusSeconds(15))
			.build();
		TelegramClient polling = new OkHttpTelegramClient(http, properties.token(), url(properties));
		return new UpdatePoller(polling, processor, menu, properties, clock);
	}

	@Bean("telegramHealthIndicator")
	@Conditional(WebhookMode.Off.class)
	TelegramHealth telegramHealthIndicator(UpdatePoller poller, TelegramProperties properties, Clock clock) {
		return new TelegramHealth(poller, properties, clock);
	}

	@Bean("telegramHealthIndicator")
	@Conditional(WebhookMode.class)
	WebhookRegistration webhookRegistration(TelegramClient telegramClient, TelegramProperties properties,
			CommandMenu menu) {
		return new WebhookRegistration(telegramClient, properties, menu);
	}

}
