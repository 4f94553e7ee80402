package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;

import com.mongodb.MongoException;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EffectsConfiguration.EffectsProperties.class)
class EffectsConfiguration {

	@Bean
	EffectsRelay effectsRelay(Requests requests, AuditLog audit, Outbox outbox, Clock clock,
			EffectsProperties properties) {
		return new EffectsRelay(requests, audit, outbox, clock, properties.leftBehindAfter());
	}

	@Bean
	LeftBehindEffects leftBehindEffects(EffectsRelay relay) {
		return new LeftBehindEffects(relay);
	}

	/** Looks for effects a crash left behind: at start-up, and every so often. */
	static class LeftBehindEffects {

		private static final Logger log = LoggerFactory.getLogger(LeftBehindEffects.class);

		private final EffectsRelay relay;

		LeftBehindEffects(EffectsRelay relay) {
			this.relay = relay;
		}

		@EventListener(ApplicationReadyEvent.class)
		void atStartUp() {
			this.relay.relayLeftBehind();
		}

		@Scheduled(initialDelayString = "${evac.effects.look-every:PT1M}",
				fixedDelayString = "${evac.effects.look-every:PT1M}")
		void everySoOften() {
			try {
				this.relay.relayLeftBehind();
			}
			catch (DataAccessException | MongoException ex) {
				// the effects stay in their requests: the next look writes them
				log.warn("Could not look for effects left behind ({})", ex.getClass().getSimpleName());
			}
		}

	}

	/**
	 * @param leftBehindAfter a change's audit record and notice still unwritten this long
	 * after the change were left behind by a crash, and are written by the next look
	 * (default 30s)
	 * @param lookEvery how often to look for them, besides at start-up (default 1m)
	 */
	@ConfigurationProperties("evac.effects")
	record EffectsProperties(@DefaultValue("30s") Duration leftBehindAfter, @DefaultValue("1m") Duration lookEvery) {
	}

}
