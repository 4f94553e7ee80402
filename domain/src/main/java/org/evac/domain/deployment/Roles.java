package org.evac.domain.deployment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;

/**
 * What an instance runs ({@code EVAC_ROLES}, default {@code bot,admin}): {@code bot} (the
 * Telegram side: conversation, delivery, reminders) and {@code admin} (the volunteers'
 * API and page). The same jar runs all-in-one, or one role per instance.
 */
public record Roles(Set<String> enabled) {

	public static final String BOT = "bot";

	public static final String ADMIN = "admin";

	public static final String PROPERTY = "evac.roles";

	public static Roles of(Environment environment) {
		String value = environment.getProperty(PROPERTY, BOT + "," + ADMIN);
		Set<String> roles = Arrays.stream(value.split(","))
			.map(r -> r.strip().toLowerCase(Locale.ROOT))
			.filter(r -> !r.isEmpty())
			.collect(Collectors.toSet());
		if (roles.isEmpty() || !Set.of(BOT, ADMIN).containsAll(roles)) {
			throw new IllegalStateException(
					"EVAC_ROLES must name bot, admin or both (comma-separated), not '" + value + "'");
		}
		return new Roles(Set.copyOf(roles));
	}

	public boolean runs(String role) {
		return this.enabled.contains(role);
	}

}
