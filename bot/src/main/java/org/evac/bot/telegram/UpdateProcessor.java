package org.evac.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.evac.bot.conversation.ResidentConversations;
import org.evac.bot.crew.Crew;
import org.evac.bot.conversation.Turn;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.outbox.Keyboard;
import org.evac.outbox.GroupCommit;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;
import org.evac.outbox.TelegramGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.dao.DataAccessException;

/**
 * Handles a batch of updates: each chat's updates in order, different chats in parallel.
 * Says which updates may be confirmed to Telegram: those before the first one whose
 * effects could not be stored. The rest come again and are applied once.
 */
class UpdateProcessor {

	private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

	/** A turn that fails this often for a reason other than the database is skipped. */
	private static final int MAX_ATTEMPTS = 3;

	private static final Duration TELL_AGAIN_AFTER = Duration.ofMinutes(1);

	private final ResidentConversations conversations;

	private final Outbox outbox;

	private final GroupCommit commits;

	private final TelegramGateway gateway;

	private final Messages messages;

	private final ExecutorService pool;

	private final Clock clock;

	private final Timer perUpdate;

	private final MeterRegistry registry;

	private final Map<Integer, Integer> failures = new ConcurrentHashMap<>();

	private final Map<Long, Instant> toldOfTrouble = new ConcurrentHashMap<>();

	/** Volunteers' link codes and their group's buttons; null: no crews. */
	private final Crew crew;

	UpdateProcessor(ResidentConversations conversations, Outbox outbox, GroupCommit commits, TelegramGateway gateway,
			Messages messages, ExecutorService pool, Clock clock, MeterRegistry registry) {
		this(conversations, outbox, commits, gateway, messages, pool, clock, registry, null);
	}

	UpdateProcessor(ResidentConversations conversations, Outbox outbox, GroupCommit commits, TelegramGateway gateway,
			Messages messages, ExecutorService pool, Clock clock, MeterRegistry registry, Crew crew) {
		this.crew = crew;
		this.commits = commits;
		this.conversations = conversations;
		this.outbox = outbox;
		this.gateway = gateway;
		this.messages = messages;
		this.pool = pool;
		this.clock = clock;
		this.registry = registry;
		this.perUpdate = Timer.builder("evac.updates.processing")
			.description("Time to apply one update and store its effects")
			.publishPercentileHistogram()
			.register(registry);
	}

	/** Returns the offset to confirm with: everything below it is stored. */
	int process(List<Update> updates, int offset) {
		if (updates.isEmpty()) {
			return offset;
		}
		this.registry.counter("evac.updates.received").increment(updates.size());
		Map<Long, List<Job>> byChat = new LinkedHashMap<>();
		int last = offset - 1;
		for (Update update : updates) {
			last = Math.max(last, update.getUpdateId());
			Inbound inbound = UpdateMapper.map(update);
			long chat = chatOf(inbound);
			byChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(new Job(update.getUpdateId(), inbound));
		}
		GroupCommit.Batch batch = this.commits.begin();
		List<Future<Integer>> chats = new ArrayList<>();
		byChat.values().forEach(jobs -> chats.add(this.pool.submit(() -> processChat(jobs, batch))));
		int firstFailed = Integer.MAX_VALUE;
		for (Future<Integer> chat : chats) {
			firstFailed = Math.min(firstFailed, await(chat));
		}
		if (!committed(batch)) {
			return offset;
		}
		return (firstFailed == Integer.MAX_VALUE) ? last + 1 : firstFailed;
	}

	/**
	 * The batch's conversations and replies on disk, once for all of its updates, before
	 * any of them is confirmed to Telegram and before its replies go out.
	 */
	private boolean committed(GroupCommit.Batch batch) {
		try {
			batch.commit();
			return true;
		}
		catch (DataAccessException | MongoException ex) {
			log.warn("A batch of updates waits: the database could not store it ({})", ex.getClass().getSimpleName());
			return false;
		}
	}

	private int await(Future<Integer> chat) {
		try {
			return chat.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Integer.MIN_VALUE + 1;
		}
		catch (ExecutionException ex) {
			return Integer.MIN_VALUE + 1;
		}
	}

	/** The id of the first update not stored, or MAX_VALUE when all are. */
	private int processChat(List<Job> jobs, GroupCommit.Batch batch) {
		for (Job job : jobs) {
			Timer.Sample sample = Timer.start(this.registry);
			try {
				apply(job, batch);
				this.failures.remove(job.updateId());
				this.registry.counter("evac.updates.processed").increment();
			}
			catch (DataAccessException | MongoException ex) {
				log.warn("Update {} waits: the database is unavailable ({})", job.updateId(),
						ex.getClass().getSimpleName());
				tellOfTrouble(job.inbound());
				return job.updateId();
			}
			catch (RuntimeException ex) {
				int attempts = this.failures.merge(job.updateId(), 1, Integer::sum);
				if (attempts < MAX_ATTEMPTS) {
					log.warn("Update {} failed (attempt {}), will retry", job.updateId(), attempts, ex);
					return job.updateId();
				}
				log.error("Update {} failed {} times and is skipped", job.updateId(), attempts, ex);
				this.failures.remove(job.updateId());
				tellOfTrouble(job.inbound());
			}
			finally {
				sample.stop(this.perUpdate);
			}
		}
		return Integer.MAX_VALUE;
	}

	private void apply(Job job, GroupCommit.Batch batch) {
		Inbound inbound = job.inbound();
		if (inbound instanceof Inbound.Resident resident) {
			if (this.crew != null && this.crew.handles(resident.chatId(), resident.incoming(),
					resident.callbackQueryId(), resident.repliedTo(), job.updateId())) {
				return;
			}
			this.conversations.apply(new Turn(resident.chatId(), job.updateId(), resident.incoming()),
					resident.languageCode(), resident.callbackQueryId(), batch);
		}
		else if (inbound instanceof Inbound.Group group && group.data() != null && this.crew != null && this.crew
			.tapped(group.chatId(), group.fromUserId(), group.data(), group.callbackQueryId(), job.updateId())) {
			return; // a crew's button: handled
		}
		else if (inbound instanceof Inbound.Group group) {
			// nothing about the group is stored: one notice, sent and gone
			List<OutgoingMessage> notice = new ArrayList<>();
			if (group.callbackQueryId() != null) {
				notice.add(OutgoingMessage.answerButton(group.chatId(), group.callbackQueryId(), null));
			}
			notice.add(OutgoingMessage.send(group.chatId(), text(group.languageCode(), "group.private-only"),
					Keyboard.NONE, "notice"));
			this.outbox.enqueue("g" + job.updateId(), notice);
		}
	}

	/**
	 * The database is away: say so directly (the outbox is in the database), at most once
	 * a minute per chat, so nobody thinks their answers were lost.
	 */
	private void tellOfTrouble(Inbound inbound) {
		if (!(inbound instanceof Inbound.Resident resident)) {
			return;
		}
		Instant now = this.clock.instant();
		Instant told = this.toldOfTrouble.get(resident.chatId());
		if (told != null && told.plus(TELL_AGAIN_AFTER).isAfter(now)) {
			return;
		}
		this.toldOfTrouble.put(resident.chatId(), now);
		this.toldOfTrouble.values().removeIf(at -> at.plus(TELL_AGAIN_AFTER).isBefore(now));
		this.gateway.deliver(OutgoingMessage.send(resident.chatId(), text(resident.languageCode(), "db.unavailable"),
				Keyboard.NONE, "notice"));
	}

	private String text(String languageCode, String key) {
		return this.messages.text(Language.fromTelegram(languageCode), key);
	}

	private static long chatOf(Inbound inbound) {
		if (inbound instanceof Inbound.Resident resident) {
			return resident.chatId();
		}
		if (inbound instanceof Inbound.Group group) {
			return group.chatId();
		}
		return 0;
	}

	private record Job(int updateId, Inbound inbound) {
	}

}
