package org.evac.bot.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind of reminder there is, by the names its reminders are stored under; each name
 * once.
 */
final class ReminderKinds {

	private final Map<String, ReminderKind<?>> byName = new LinkedHashMap<>();

	ReminderKinds(List<? extends ReminderKind<?>> kinds) {
		for (ReminderKind<?> kind : kinds) {
			for (String name : kind.names()) {
				if (this.byName.putIfAbsent(name, kind) != null) {
					throw new IllegalStateException("Two reminder kinds are named " + name);
				}
			}
		}
	}

	Optional<ReminderKind<?>> named(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/** The kinds about this type of subject, in a stable order. */
	@SuppressWarnings("unchecked")
	<S> List<ReminderKind<S>> about(Class<S> subject) {
		return this.byName.values()
			.stream()
			.distinct()
			.filter(kind -> kind.subject() == subject)
			.map(kind -> (ReminderKind<S>) kind)
			.toList();
	}

}
