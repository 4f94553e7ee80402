package org.evac.admin.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.evac.admin.security.Actor;
import org.evac.admin.teams.TeamScope;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.QueueGroup;
import org.evac.domain.request.RequestStatus;

import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The queue as volunteers see it, in {@link Urgency} order. The database filters; the
 * order depends on the time now, so it is made here, from the few fields it needs.
 */
@Component
public class RequestQueue {

	/**
	 * What the order ({@link Urgency}) and the word search look at, and the values a
	 * request cannot be made without (numbers and flags).
	 */
	private static final String[] ORDERED_BY = { "number", "status", "needsAttention", "updatedAt", "priority",
			"createdAt", "details.settlement.name", "details.oblast.name", "details.householdSize", "details.children",
			"details.needs", "details.mobility", "details.danger", "chatId", "erased", "telegramUnreachable" };

	private final MongoTemplate mongo;

	private final Clock clock;

	private final QueueProperties properties;

	/** The caller's teams' requests only; null: every request (tests of the order). */
	private final TeamScope teams;

	RequestQueue(MongoTemplate mongo, Clock clock, QueueProperties properties) {
		this(mongo, clock, properties, null);
	}

	@Autowired
	RequestQueue(MongoTemplate mongo, Clock clock, QueueProperties properties, TeamScope teams) {
		this.mongo = mongo;
		this.clock = clock;
		this.properties = properties;
		this.teams = teams;
	}

	public Urgency urgency() {
		return new Urgency(this.clock.instant(), this.properties.staleAfter());
	}

	/**
	 * One page of the queue, in {@link Urgency} order, which the database keeps: each
	 * request stores its {@link QueueGroup}, and the follow-ups' tick raises those that
	 * time has made stale (a page never writes). The page and its count are read through
	 * the queue's indexes (a first page reads about a page, whatever the queue holds). A
	 * word search reads the requests' ordering fields and orders them here.
	 */
	Result page(QueueFilter filter, Actor actor) {
		Urgency urgency = urgency();
		if (filter.q() != null && !filter.q().isBlank()) {
			return searched(filter, actor, urgency);
		}
		Criteria criteria = criteria(filter, actor);
		Query page = Query.query(criteria)
			.with(IN_ORDER)
			.skip((long) filter.page() * filter.size())
			.limit(filter.size());
		withoutCasework(page);
		List<EvacuationRequest> content = this.mongo.find(page, EvacuationRequest.class);
		long total = this.mongo.count(Query.query(criteria), EvacuationRequest.class);
		return new Result(content, total, urgency);
	}

	private Result searched(QueueFilter filter, Actor actor, Urgency urgency) {
		Query ordering = Query.query(criteria(filter, actor));
		ordering.fields().include(ORDERED_BY);
		List<EvacuationRequest> matching = this.mongo.find(ordering, EvacuationRequest.class)
			.stream()
			.filter(matchesWords(filter.q()))
			.sorted(urgency.order())
			.toList();
		int from = Math.min(filter.page() * filter.size(), matching.size());
		int to = Math.min(from + filter.size(), matching.size());
		return new Result(whole(matching.subList(from, to)), matching.size(), urgency);
	}

	/** The same requests, read whole, in the same order. */
	private List<EvacuationRequest> whole(List<EvacuationRequest> page) {
		List<String> ids = page.stream().map(EvacuationRequest::id).toList();
		Map<String, EvacuationRequest> read = new HashMap<>();
		this.mongo.find(withoutCasework(Query.query(Criteria.where("_id").in(ids))), EvacuationRequest.class)
			.forEach(request -> read.put(request.id(), request));
		return ids.stream().map(read::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The queue shows neither notes nor messages nor the effects a change still owes: a
	 * request's thread alone may hold 200 messages, and a page lists 50 requests. The
	 * requests read so are for showing, never written back.
	 */
	private static Query withoutCasework(Query query) {
		query.fields().exclude("notes", "thread", "pendingEffects");
		return query;
	}

	private static final String QUEUE_GROUP = "queueGroup";

	/** {@link Urgency#order()} as the database keeps it (see {@link QueueGroup}). */
	private static final Sort IN_ORDER = Sort.by(Sort.Order.asc(QUEUE_GROUP), Sort.Order.desc("priority"),
			Sort.Order.asc("createdAt"), Sort.Order.asc("number"));

	/** A settlement's code, as the register writes them; anything else is a name. */
	private static final Pattern SETTLEMENT_CODE = Pattern.compile("UA\\d+");

	private Criteria criteria(QueueFilter filter, Actor actor) {
		List<Criteria> all = new ArrayList<>();
		Criteria team = (this.teams == null) ? null : this.teams.criteria(actor);
		if (team != null) {
			all.add(team); // "teams" $in the caller's team ids
		}
		all.add(filter.statuses().isEmpty() ? Criteria.where("status").in(RequestStatus.OPEN)
				: Criteria.where("status").in(filter.statuses()));
		if (filter.oblast() != null && !filter.oblast().isBlank()) {
			all.add(new Criteria().orOperator(Criteria.where("details.oblast.code").is(filter.oblast()),
					Criteria.where("details.oblast.name").is(filter.oblast())));
		}
		if (filter.settlement() != null && SETTLEMENT_CODE.matcher(filter.settlement()).matches()) {
			// before the status, as the queue-in-settlement index has them
			all.add(0, Criteria.where("details.settlement.code").is(filter.settlement()));
		}
		else if (filter.settlement() != null && !filter.settlement().isBlank()) {
			all.add(new Criteria().orOperator(Criteria.where("details.settlement.code").is(filter.settlement()),
					Criteria.where("details.settlement.name").is(filter.settlement())));
		}
		String claimedBy = filter.claimedBy();
		if ("me".equals(claimedBy)) {
			all.add(Criteria.where("claimedBy").is(actor.username()));
		}
		else if ("none".equals(claimedBy)) {
			all.add(Criteria.where("claimedBy").is(null));
		}
		else if (claimedBy != null && !claimedBy.isBlank()) {
			all.add(Criteria.where("claimedBy").is(claimedBy));
		}
		return new Criteria().andOperator(all);
	}

	private static Predicate<EvacuationRequest> matchesWords(String q) {
		if (q == null || q.isBlank()) {
			return r -> true;
		}
		String[] words = q.toLowerCase(Locale.ROOT).trim().split("\\s+");
		return r -> {
			String text = (r.number() + " " + (r.details().settlement() == null ? "" : r.details().settlement().name())
					+ " " + (r.details().oblast() == null ? "" : r.details().oblast().name()))
				.toLowerCase(Locale.ROOT);
			for (String word : words) {
				if (!text.contains(word)) {
					return false;
				}
			}
			return true;
		};
	}

	record Result(List<EvacuationRequest> content, long total, Urgency urgency) {
	}

}
