package org.evac.bot.volunteerchat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps each team's group within Telegram's pace: up to
 * {@link GroupDigestProperties#limit} announcements a window go out one by one; beyond
 * that they wait, and go out merged into one digest (numbers, settlements, urgency and a
 * «Беру» button each; nothing personal) as soon as the window has room. One document per
 * group counts what went out and holds what waits, changed only by a conditional update
 * on its version, so several instances keep one pace.
 */
public class GroupDigests {

	private static final String COLLECTION = "group_digests";

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final Messages messages;

	private final Clock clock;

	private final GroupDigestProperties properties;

	public GroupDigests(MongoTemplate mongo, Outbox outbox, Messages messages, Clock clock,
			GroupDigestProperties properties) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * True when the group may hear of the request now, on its own (counted); false when
	 * it waits for a digest, as {@code line} with {@code button}.
	 */
	public boolean announceNow(long chat, Waiting waiting) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Instant now = this.clock.instant();
			Pace pace = pace(chat);
			List<Instant> recent = recent(pace, now);
			List<Waiting> held = new ArrayList<>(pace.waiting());
			boolean alone = held.isEmpty() && recent.size() < this.properties.limit();
			if (alone) {
				recent.add(now);
			}
			else if (held.stream().noneMatch(w -> w.number().equals(waiting.number()))) {
				held.add(waiting);
			}
			if (store(pace, recent, held)) {
				return alone;
			}
		}
		return true; // the group is very busy: the outbox's own pace still holds
	}

	/** Sends the digests the groups' pace allows now; returns how many. */
	@Scheduled(initialDelayString = "${evac.volunteer-chat.digest.flush-every:PT5S}",
			fixedDelayString = "${evac.volunteer-chat.digest.flush-every:PT5S}")
	public int flush() {
		int sent = 0;
		for (Pace pace : this.mongo.find(Query.query(Criteria.where("waitingCount").gt(0)), Pace.class, COLLECTION)) {
			Instant now = this.clock.instant();
			List<Instant> recent = recent(pace, now);
			if (recent.size() >= this.properties.limit()) {
				continue;
			}
			int take = Math.min(this.properties.mostPerDigest(), pace.waiting().size());
			List<Waiting> digest = pace.waiting().subList(0, take);
			List<Waiting> rest = new ArrayList<>(pace.waiting().subList(take, pace.waiting().size()));
			recent.add(now);
			// queued before it leaves the waiting list: a crash in between repeats it,
			// loses nothing
			this.outbox.enqueue("team-digest:" + pace.chatId() + ":" + digest.get(0).number() + ":" + take,
					List.of(OutgoingMessage.send(pace.chatId(), text(digest), buttons(digest), "volunteer")));
			if (store(pace, recent, rest)) {
				sent++;
			}
		}
		return sent;
	}

	private String text(List<Waiting> digest) {
		String lines = digest.stream().map(Waiting::line).collect(Collectors.joining("\n"));
		return this.messages.text(Language.UK, "team.digest", digest.size(), lines);
	}

	private static Keyboard buttons(List<Waiting> digest) {
		List<Keyboard.InlineButton> buttons = digest.stream().map(Waiting::button).filter(b -> b != null).toList();
		return buttons.isEmpty() ? Keyboard.NONE : Keyboard.Inline.of(buttons, 2);
	}

	private Pace pace(long chat) {
		Pace pace = this.mongo.findById(chat, Pace.class, COLLECTION);
		return (pace == null) ? new Pace(chat, List.of(), List.of(), 0, -1) : pace;
	}

	private List<Instant> recent(Pace pace, Instant now) {
		Instant since = now.minus(this.properties.window());
		return pace.recent().stream().filter(at -> at.isAfter(since)).collect(Collectors.toCollection(ArrayList::new));
	}

	/** Writes the group's new pace if nobody changed it since it was read. */
	private boolean store(Pace read, List<Instant> recent, List<Waiting> waiting) {
		Pace next = new Pace(read.chatId(), recent, waiting, waiting.size(), read.version() + 1);
		if (read.version() < 0) {
			try {
				this.mongo.insert(next, COLLECTION);
				return true;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		Query unchanged = Query.query(Criteria.where("_id").is(read.chatId()).and("version").is(read.version()));
		Update update = new Update().set("recent", recent)
			.set("waiting", waiting)
			.set("waitingCount", waiting.size())
			.set("version", next.version());
		return this.mongo.updateFirst(unchanged, update, Pace.class, COLLECTION).getModifiedCount() == 1;
	}

	/**
	 * A request waiting to be announced in a digest.
	 *
	 * @param line its line in the digest, nothing personal
	 * @param button its «Беру» button, or null
	 */
	public record Waiting(String number, String line, Keyboard.InlineButton button) {
	}

	/** One group's pace: when it last heard, and what waits. */
	record Pace(@Id long chatId, List<Instant> recent, List<Waiting> waiting, int waitingCount, long version) {
	}

}
