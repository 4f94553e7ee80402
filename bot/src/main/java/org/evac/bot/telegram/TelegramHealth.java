package org.evac.bot.telegram;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Whether updates are coming in: DOWN on a 409 conflict or when polls keep failing. */
class TelegramHealth implements HealthIndicator {

	private final UpdatePoller poller;

	private final TelegramProperties properties;

	private final Clock clock;

	TelegramHealth(UpdatePoller poller, TelegramProperties properties, Clock clock) {
		this.poller = poller;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Health health() {
		UpdatePoller.PollState state = this.poller.state();
		Duration allowed = this.properties.pollTimeout().multipliedBy(2).plusSeconds(30);
		boolean recent = state.lastSuccess() != null && state.lastSuccess().plus(allowed).isAfter(this.clock.instant());
		Health.Builder health = (state.conflict() || (!recent && state.lastProblem() != null)) ? Health.down()
				: Health.up();
		if (state.lastSuccess() != null) {
			health.withDetail("lastPoll", state.lastSuccess().toString());
		}
		if (state.lastProblem() != null) {
			health.withDetail("problem", state.lastProblem());
		}
		return health.build();
	}

}
