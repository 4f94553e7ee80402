package org.evac.domain.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** What every part of evac shares. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	/** Time comes from here, so tests can move it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * The residents' time zone, the one zone every time shown to a person is written in
	 * (pickup times, status notices, quiet hours): {@code evac.zone} ({@code EVAC_ZONE}),
	 * else the older {@code evac.reminders.zone} ({@code EVAC_REMINDERS_ZONE}), else
	 * Europe/Kyiv.
	 */
	@Bean
	@ConditionalOnMissingBean
	ZoneId zone(Environment environment) {
		return zoneOf(environment.getProperty("evac.zone"), environment.getProperty("evac.reminders.zone"));
	}

	static ZoneId zoneOf(String zone, String formerly) {
		if (StringUtils.hasText(zone)) {
			return ZoneId.of(zone.trim());
		}
		return StringUtils.hasText(formerly) ? ZoneId.of(formerly.trim()) : ResidentsZone.DEFAULT;
	}

}
