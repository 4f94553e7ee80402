package org.evac.bench.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.evac.domain.request.QueueGroup;
import org.evac.domain.request.RequestStatus;

/**
 * Requests as evac stores them ({@code org.evac.domain.request.EvacuationRequest} in the
 * {@code requests} collection), made up in bulk: written straight to the database,
 * because filing 100,000 through the application would take longer than the rest of the
 * bench. A fixed seed makes every run's queue the same.
 */
public final class RequestDocuments {

	/** Two in three are still open, as in a queue that has been worked on for a while. */
	private static final String[] STATUSES = { "NEW", "NEW", "NEW", "NEW", "NEW", "NEW", "NEW", "NEW", "NEW",
			"IN_PROGRESS", "IN_PROGRESS", "SCHEDULED", "DEFERRED", "EVACUATED", "EVACUATED", "EVACUATED", "EVACUATED",
			"SELF_EVACUATED", "CANCELLED", "CANCELLED" };

	/** Requests come from twenty settlements; this one's page is measured. */
	public static final String FIRST_SETTLEMENT = "UA14040030010031300";

	private static final int SETTLEMENTS = 20;

	/** The first request's chat; the others follow one by one. */
	public static final long FIRST_CHAT = 500_000_001L;

	private static final String[] NEEDS = { "ELDERLY", "BEDRIDDEN", "DISABILITY", "MEDICAL", "PREGNANCY", "PETS" };

	/**
	 * As evac's follow-ups raise them: untouched for a day
	 * ({@code evac.queue.stale-after}).
	 */
	private static final Duration STALE_AFTER = Duration.ofHours(24);

	private final Random random = new Random(7);

	private final Instant now = Instant.now();

	/** Whether open requests untouched for a day are stored not yet raised. */
	private final boolean backlog;

	/** Requests as evac keeps them: those untouched for a day raised already. */
	public RequestDocuments() {
		this(false);
	}

	/**
	 * @param backlog store requests untouched for a day not yet raised, as after a long
	 * downtime: evac's follow-ups then raise them, a few thousand a minute
	 */
	public RequestDocuments(boolean backlog) {
		this.backlog = backlog;
	}

	/** The next {@code count} requests, numbered from {@code first}. */
	public List<Document> next(int first, int count) {
		List<Document> batch = new ArrayList<>(count);
		for (int i = first; i < first + count; i++) {
			batch.add(request(i));
		}
		return batch;
	}

	private Document request(int i) {
		String status = STATUSES[this.random.nextInt(STATUSES.length)];
		Date created = Date.from(this.now.minus(this.random.nextInt(30 * 24 * 60), ChronoUnit.MINUTES));
		List<String> needs = new ArrayList<>();
		if (this.random.nextInt(3) == 0) {
			needs.add(NEEDS[this.random.nextInt(NEEDS.length)]);
		}
		int children = (this.random.nextInt(3) == 0) ? 1 + this.random.nextInt(3) : 0;
		int settlement = i % SETTLEMENTS;
		Document details = new Document("settlement",
				new Document("code", "UA140400300100313" + String.format("%02d", settlement)).append("name",
						"Бахмут-" + settlement))
			.append("oblast", new Document("code", "UA14000000000091971").append("name", "Донецька область"))
			.append("address", "вул. Миру, " + (i % 200 + 1))
			.append("location", new Document("lat", 48.595).append("lon", 38.0))
			.append("phone", "+38050" + String.format("%07d", i % 10_000_000))
			.append("householdSize", 1 + children + this.random.nextInt(3))
			.append("children", children)
			.append("needs", needs)
			.append("destination",
					new Document("kind", "OTHER_OBLAST").append("oblast",
							new Document("code", "UA12000000000090473").append("name", "Дніпропетровська область")))
			.append("accommodationNeeded", this.random.nextBoolean());
		Document history = new Document("at", created).append("to", "NEW").append("by", "resident");
		Document request = new Document("_id", new ObjectId()).append("number", "EV-" + (500_001 + i))
			.append("chatId", FIRST_CHAT + i)
			.append("language", "UK")
			.append("status", status)
			.append("details", details)
			.append("history", List.of(history))
			.append("createdAt", created)
			.append("updatedAt", created)
			.append("needsAttention", false)
			.append("erased", false)
			.append("priority", priority(needs, children))
			.append("queueGroup", queueGroup(needs, children, status, created.toInstant()))
			.append("telegramUnreachable", false)
			.append("version", 0L)
			.append("_class", "org.evac.domain.request.EvacuationRequest");
		if (RequestStatus.valueOf(status).isOpen()) {
			// as evac keeps an open request: when its follow-ups look at it next, a day
			// on
			request.append("nextFollowUpAt", Date.from(this.now.plus(1, ChronoUnit.DAYS)));
		}
		return request;
	}

	/**
	 * As evac stores it ({@link QueueGroup}): these requests are in no danger; an open
	 * one untouched for a day is raised (unless this is a backlog).
	 */
	private int queueGroup(List<String> needs, int children, String status, Instant updated) {
		if (needs.contains("BEDRIDDEN")) {
			return QueueGroup.STRETCHER.stored();
		}
		if (!this.backlog && RequestStatus.valueOf(status).isOpen() && updated.plus(STALE_AFTER).isBefore(this.now)) {
			return QueueGroup.RAISED.stored();
		}
		return (children > 0) ? QueueGroup.CHILDREN.stored() : QueueGroup.WAITING.stored();
	}

	/** The same scale evac's own priority uses (needs and children first). */
	private static int priority(List<String> needs, int children) {
		int score = 0;
		for (String need : needs) {
			score += switch (need) {
				case "BEDRIDDEN" -> 40;
				case "DISABILITY", "MEDICAL" -> 25;
				case "PREGNANCY" -> 20;
				case "ELDERLY" -> 15;
				default -> 0;
			};
		}
		return score + ((children > 0) ? 30 + Math.min(children, 5) * 2 : 0);
	}

}
