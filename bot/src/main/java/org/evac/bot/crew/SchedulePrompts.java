package org.evac.bot.crew;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A volunteer tapped «Запланувати» and the bot asked when and where: the next words they
 * type in their private chat are the answer, for a while. One document per private chat
 * (its id), so any instance reads it, and a restart forgets nothing.
 */
class SchedulePrompts {

	/** An answer this much later is not taken for the pickup any more. */
	static final Duration WAITS = Duration.ofMinutes(30);

	private static final String COLLECTION = "crew_prompts";

	private final MongoTemplate mongo;

	private final Clock clock;

	SchedulePrompts(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void ask(long chatId, String number) {
		this.mongo.save(new Prompt(chatId, number, this.clock.instant()), COLLECTION);
	}

	/** The request whose pickup this chat is asked for, if still waiting. */
	Optional<String> waiting(long chatId) {
		Prompt prompt = this.mongo.findById(chatId, Prompt.class, COLLECTION);
		if (prompt == null || prompt.askedAt().plus(WAITS).isBefore(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(prompt.number());
	}

	void answered(long chatId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), COLLECTION);
	}

	record Prompt(@Id long chatId, String number, Instant askedAt) {
	}

}
