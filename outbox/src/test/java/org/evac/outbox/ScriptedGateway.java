package org.evac.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Telegram as a script: each chat answers what the test lined up for it, then accepts.
 * Every attempt is kept with the simulated time it was made.
 */
final class ScriptedGateway implements TelegramGateway {

	record Attempt(Instant at, OutgoingMessage message, Delivery answer) {

		long chatId() {
			return this.message.chatId();
		}

		String text() {
			return this.message.text();
		}

	}

	private final Clock clock;

	private final Map<Long, Deque<Delivery>> scripts = new HashMap<>();

	private final List<Attempt> attempts = new ArrayList<>();

	private final Map<Long, Integer> breakdowns = new HashMap<>();

	ScriptedGateway(Clock clock) {
		this.clock = clock;
	}

	/** The chat's next attempt throws, as no gateway should. */
	synchronized ScriptedGateway breakDown(long chatId) {
		this.breakdowns.merge(chatId, 1, Integer::sum);
		return this;
	}

	/** The chat's next attempts are answered so, in order. */
	synchronized ScriptedGateway answer(long chatId, Delivery... answers) {
		Deque<Delivery> script = this.scripts.computeIfAbsent(chatId, id -> new ArrayDeque<>());
		script.addAll(List.of(answers));
		return this;
	}

	@Override
	public synchronized Delivery deliver(OutgoingMessage message) {
		if (this.breakdowns.getOrDefault(message.chatId(), 0) > 0) {
			this.breakdowns.merge(message.chatId(), -1, Integer::sum);
			throw new IllegalStateException("the gateway broke down");
		}
		Deque<Delivery> script = this.scripts.get(message.chatId());
		Delivery answer = (script == null || script.isEmpty()) ? Delivery.ACCEPTED : script.poll();
		this.attempts.add(new Attempt(this.clock.instant(), message, answer));
		return answer;
	}

	synchronized List<Attempt> attempts() {
		return List.copyOf(this.attempts);
	}

	List<Attempt> attemptsTo(long chatId) {
		return attempts().stream().filter(a -> a.chatId() == chatId).toList();
	}

}
